-- Registry of counties and their regions (issue 5), fed by CountyProjection in the registering transaction.

create table county (
    code varchar(16)  not null,
    name varchar(200) not null,
    constraint pk_county primary key (code)
);

-- municipalities: the region's municipality codes, comma-separated
create table county_region (
    county_code    varchar(16)   not null,
    code           varchar(40)   not null,
    name           varchar(200)  not null,
    municipalities varchar(2000) not null,
    constraint pk_county_region primary key (county_code, code),
    constraint fk_county_region foreign key (county_code) references county (code)
);
