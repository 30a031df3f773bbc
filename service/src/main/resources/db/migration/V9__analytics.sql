-- Evaluation read models, built only from the event log by the "analytics" event processor and rebuilt by replay
-- (AnalyticsReplay). Nothing here is written any other way.

-- One row per inquiry: where it came from, how it was routed, passed on and ended.
create table analytics_inquiry (
    inquiry_id       varchar(64) not null,
    municipality     varchar(16) not null,
    service_point    varchar(40) not null,
    model            varchar(40) not null,
    channel          varchar(20) not null,
    service          varchar(40) not null,
    registered_at    timestamp with time zone not null,
    route            varchar(40),
    handled_locally  boolean,
    not_local_reason varchar(64),
    referrals        integer     not null,
    handovers        integer     not null,
    outcome          varchar(20),
    first_contact    boolean,
    ended_at         timestamp with time zone,
    simulated        boolean     not null,
    constraint pk_analytics_inquiry primary key (inquiry_id)
);

create index ix_analytics_inquiry_place on analytics_inquiry (municipality, service_point, registered_at);

-- Each referral (between competences) and handover (between holders): the from→to matrix.
create table analytics_passing (
    inquiry_id   varchar(64)  not null,
    seq          integer      not null,
    municipality varchar(16)  not null,
    kind         varchar(20)  not null,
    from_unit    varchar(100) not null,
    to_unit      varchar(100) not null,
    passed_at    timestamp with time zone not null,
    constraint pk_analytics_passing primary key (inquiry_id, seq)
);

-- Political decisions to change a service point's model, for the before/after comparison.
create table analytics_model_change (
    municipality       varchar(16) not null,
    service_point      varchar(40) not null,
    effective_from     date        not null,
    previous_model     varchar(40) not null,
    model              varchar(40) not null,
    decision_reference varchar(100) not null,
    constraint pk_analytics_model_change primary key (municipality, service_point, effective_from)
);
