-- Read model of registered service points (fed by ServicePointProjection in the command's transaction),
-- and the case systems allowed to call the API, each bound to one municipality.

create table service_point (
    id           varchar(80)  not null,
    municipality varchar(16)  not null,
    code         varchar(40)  not null,
    name         varchar(200) not null,
    model        varchar(40)  not null,
    constraint pk_service_point primary key (id),
    constraint uk_service_point_code unique (municipality, code)
);

create table service_point_service (
    service_point_id varchar(80) not null,
    service          varchar(40) not null,
    competence       varchar(64) not null,
    constraint pk_service_point_service primary key (service_point_id, service),
    constraint fk_service_point_service foreign key (service_point_id) references service_point (id)
);

-- secret_hash: a salted hash in Spring Security's {id} format; the secret itself is never stored.
create table case_system_client (
    client_id    varchar(64)  not null,
    secret_hash  varchar(200) not null,
    municipality varchar(16)  not null,
    constraint pk_case_system_client primary key (client_id)
);
