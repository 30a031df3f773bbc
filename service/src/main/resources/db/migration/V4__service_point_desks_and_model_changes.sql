-- The registry also shows each service point's desks and the model changes decided for it (issue 4).

create table service_point_desk (
    service_point_id varchar(80)  not null,
    code             varchar(40)  not null,
    name             varchar(200) not null,
    competence       varchar(64)  not null,
    constraint pk_service_point_desk primary key (service_point_id, code),
    constraint fk_service_point_desk foreign key (service_point_id) references service_point (id)
);

create table service_point_model_change (
    service_point_id   varchar(80)  not null,
    effective_from     date         not null,
    model              varchar(40)  not null,
    decision_reference varchar(200) not null,
    constraint pk_service_point_model_change primary key (service_point_id, effective_from),
    constraint fk_service_point_model_change foreign key (service_point_id) references service_point (id)
);
