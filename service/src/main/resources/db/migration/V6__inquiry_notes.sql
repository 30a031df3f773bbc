-- Staff's free-text notes on inquiries: they may hold personal data, so they live here, outside the event log and
-- outside Camunda's variables and history (see InquiryNotes, SensitiveVariables). Issue 7 adds encryption,
-- erasure and retention.

create table inquiry_note (
    id         varchar(36)   not null,
    inquiry_id varchar(64)   not null,
    written_by varchar(64)   not null,
    written_at timestamp with time zone not null,
    note       varchar(1000) not null,
    constraint pk_inquiry_note primary key (id)
);

create index ix_inquiry_note_inquiry on inquiry_note (inquiry_id);
