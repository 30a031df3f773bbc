-- Each provisioned municipality's or county's declaration as last applied (Provisioning), and its staff language.
create table provisioning_declaration (
    code        varchar(20)     not null primary key,
    kind        varchar(20)     not null,
    declaration varchar(200000) not null,
    language    varchar(2)      not null,
    applied_at  timestamp       not null
);
