-- A county's library plans as listed (GET /api/v1/counties/{county}/library-plans): one row per plan, kept by the
-- "library-plan-list" event processor from the event log (from its beginning, so earlier plans are listed too).
create table library_plan_list (
    plan_id               varchar(64)  not null,
    county                varchar(16)  not null,
    title                 varchar(200) not null,
    kickoff               date         not null,
    phase                 varchar(40)  not null,
    consultation_deadline date,
    started_at            timestamp with time zone not null,
    last_sequence         bigint       not null,
    constraint pk_library_plan_list primary key (plan_id)
);

create index ix_library_plan_list_started on library_plan_list (county, started_at, plan_id);
