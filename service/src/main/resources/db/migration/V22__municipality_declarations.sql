-- Each provisioned municipality's declaration as last applied (Provisioning), and its staff language.
create table municipality_declaration (
    municipality varchar(20)     not null primary key,
    declaration  varchar(200000) not null,
    language     varchar(2)      not null,
    applied_at   timestamp       not null
);
