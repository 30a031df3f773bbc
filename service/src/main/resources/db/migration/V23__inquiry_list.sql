-- The inquiries a case system lists (GET .../inquiries): one row per inquiry, kept by the "inquiry-list" event
-- processor from the event log (its token starts at the log's beginning, so inquiries registered before this table
-- existed are listed too). last_sequence: the inquiry's last event applied, so an event read again changes nothing.
create table inquiry_list (
    inquiry_id         varchar(64)  not null,
    municipality       varchar(16)  not null,
    service_point      varchar(40)  not null,
    model              varchar(40)  not null,
    channel            varchar(20)  not null,
    service            varchar(40)  not null,
    external_reference varchar(100),
    status             varchar(20)  not null,
    registered_at      timestamp with time zone not null,
    last_sequence      bigint       not null,
    constraint pk_inquiry_list primary key (inquiry_id)
);

-- Listed in order of registration within a municipality, and found by the case system's own reference
create index ix_inquiry_list_registered on inquiry_list (municipality, registered_at, inquiry_id);
create index ix_inquiry_list_reference on inquiry_list (municipality, external_reference);
