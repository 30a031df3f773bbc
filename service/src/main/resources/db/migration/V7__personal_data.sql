-- Citizens' personal data lives here, apart from the append-only event log, sealed (AES-GCM, see
-- PersonalDataCipher) and erasable: events and processes carry only the citizen's pseudonym (citizen_ref) and the
-- inquiry id. ADR 0005 has the design.

-- A citizen a case system named: found again by a keyed hash of the identifier, never stored in clear.
create table citizen (
    citizen_ref       varchar(36) not null,
    municipality      varchar(16) not null,
    identifier_lookup varchar(64) not null,
    identifier_sealed bytea       not null,
    registered_at     timestamp with time zone not null,
    constraint pk_citizen primary key (citizen_ref),
    constraint uk_citizen_lookup unique (municipality, identifier_lookup)
);

-- Each inquiry's tie to its citizen, and when it ended (for retention) or had its personal data erased.
create table inquiry_personal_data (
    inquiry_id   varchar(64) not null,
    municipality varchar(16) not null,
    citizen_ref  varchar(36),
    ended_at     timestamp with time zone,
    erased_at    timestamp with time zone,
    constraint pk_inquiry_personal_data primary key (inquiry_id)
);

create index ix_inquiry_personal_data_citizen on inquiry_personal_data (citizen_ref);
create index ix_inquiry_personal_data_ended on inquiry_personal_data (ended_at);

-- Who read which inquiry's personal data, and when.
create table personal_data_read (
    id           varchar(36)  not null,
    inquiry_id   varchar(64)  not null,
    municipality varchar(16)  not null,
    read_by      varchar(100) not null,
    read_at      timestamp with time zone not null,
    constraint pk_personal_data_read primary key (id)
);

create index ix_personal_data_read_inquiry on personal_data_read (inquiry_id);

-- Notes are sealed from now on; V8 seals the ones written before and drops the clear column.
alter table inquiry_note add column sealed_note bytea;
