-- Alliances, partnerships and the network overview (issue 9): read models fed by PartnershipRegistry in the
-- command's own transaction (a subscribing processor), so that a caller reads what it just did.

-- Case systems that could run library plans may also keep partnerships (the permission is new).
update case_system_client set permissions = permissions || ' partnerships' where permissions like '%library-plans%';

create table partnership_view (
    partnership_id      varchar(64)   not null,
    municipality        varchar(16)   not null,
    partner             varchar(200)  not null,
    sector              varchar(40)   not null,
    relation            varchar(40)   not null,
    stage               varchar(40)   not null,
    purpose             varchar(2000) not null,
    proposed_by         varchar(100)  not null,
    proposed_on         date          not null,
    failed_questions    varchar(1000),
    screening_reason    varchar(2000),
    agreed_on           date,
    evaluation_interval varchar(20),
    next_evaluation_due date,
    ended_on            date,
    end_reason          varchar(40),
    end_explanation     varchar(2000),
    constraint pk_partnership_view primary key (partnership_id)
);

create index ix_partnership_view_municipality on partnership_view (municipality, partner);

create table partnership_evaluation (
    partnership_id  varchar(64)   not null,
    seq             integer       not null,
    evaluated_on    date          not null,
    due_on          date          not null,
    on_time         boolean       not null,
    serves_strategy boolean       not null,
    summary         varchar(4000) not null,
    constraint pk_partnership_evaluation primary key (partnership_id, seq),
    constraint fk_partnership_evaluation foreign key (partnership_id) references partnership_view (partnership_id)
);

create table partnership_relation_change (
    partnership_id varchar(64) not null,
    seq            integer     not null,
    from_relation  varchar(40) not null,
    to_relation    varchar(40) not null,
    changed_on     date        not null,
    constraint pk_partnership_relation_change primary key (partnership_id, seq),
    constraint fk_partnership_relation_change foreign key (partnership_id) references partnership_view (partnership_id)
);

-- Who holds the library's contact with each partner (holder null: let go, anyone may open it).
create table network_contact (
    contact_id   varchar(300) not null,
    municipality varchar(16)  not null,
    partner      varchar(200) not null,
    holder       varchar(100),
    topic        varchar(500) not null,
    held_since   date,
    constraint pk_network_contact primary key (contact_id)
);

create index ix_network_contact_municipality on network_contact (municipality);

create table alliance_view (
    alliance_id         varchar(64)   not null,
    name                varchar(200)  not null,
    purpose             varchar(2000) not null,
    agreed_on           date          not null,
    organisation_body   varchar(200),
    organisation_ref    varchar(200),
    organisation_on     date,
    constraint pk_alliance_view primary key (alliance_id)
);

create table alliance_party (
    alliance_id varchar(64)  not null,
    party       varchar(16)  not null,
    signed_by   varchar(200) not null,
    constraint pk_alliance_party primary key (alliance_id, party),
    constraint fk_alliance_party foreign key (alliance_id) references alliance_view (alliance_id)
);

-- Joint measures gathered under the alliance (kind 'measure') and projects chosen (kind 'project', with a lead).
create table alliance_item (
    alliance_id varchar(64)  not null,
    seq         integer      not null,
    kind        varchar(20)  not null,
    title       varchar(500) not null,
    lead_party  varchar(16),
    constraint pk_alliance_item primary key (alliance_id, seq),
    constraint fk_alliance_item foreign key (alliance_id) references alliance_view (alliance_id)
);
