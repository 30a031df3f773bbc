-- The evaluators' partnership and alliance figures get read models of their own, fed by the analytics processor
-- (PartnershipFiguresProjection), so that a replay rebuilds them with the rest of the analytics. The registries
-- the API answers from (partnership_view, alliance_view, ...) stay as they are.

create table analytics_partnership (
    partnership_id      varchar(64)   not null,
    municipality        varchar(16)   not null,
    sector              varchar(40)   not null,
    relation            varchar(40)   not null,
    stage               varchar(40)   not null,
    failed_questions    varchar(1000),
    end_reason          varchar(40),
    last_event_sequence bigint        not null,
    constraint pk_analytics_partnership primary key (partnership_id)
);

-- seq: the evaluation event's sequence number in its partnership's history, so an event seen twice counts once
create table analytics_partnership_evaluation (
    partnership_id varchar(64) not null,
    seq            bigint      not null,
    on_time        boolean     not null,
    constraint pk_analytics_partnership_evaluation primary key (partnership_id, seq)
);

create table analytics_alliance (
    alliance_id            varchar(64) not null,
    organisation_decided   boolean     not null,
    constraint pk_analytics_alliance primary key (alliance_id)
);

create table analytics_alliance_party (
    alliance_id varchar(64) not null,
    party       varchar(16) not null,
    signed      boolean     not null,
    constraint pk_analytics_alliance_party primary key (alliance_id, party)
);

create table analytics_alliance_item (
    alliance_id varchar(64) not null,
    seq         bigint      not null,
    kind        varchar(20) not null,
    constraint pk_analytics_alliance_item primary key (alliance_id, seq)
);

-- The analytics processor reads the whole log once more from its start, to fill these tables: its tables are
-- emptied and its position forgotten, as a replay does. Readiness waits until it has caught up (AnalyticsCaughtUp).
delete from analytics_passing;
delete from analytics_inquiry;
delete from analytics_model_change;
delete from token_entry where processor_name = 'analytics';
