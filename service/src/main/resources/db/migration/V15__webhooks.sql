-- Notifications back to case systems (issue 8): each client's webhook, and an outbox written in the same
-- transaction as the event it reports, delivered at least once by WebhookDispatcher on any node.

create table webhook_subscription (
    client_id     varchar(64)   not null,
    url           varchar(2000) not null,
    secret_sealed bytea         not null,
    constraint pk_webhook_subscription primary key (client_id)
);

-- state: pending (next_attempt_at says when), delivered, or parked (gave up; an administrator may re-send).
-- claimed_until: a node is delivering it until then; another node leaves it alone.
create table webhook_outbox (
    id              varchar(36)   not null,
    client_id       varchar(64)   not null,
    event_id        varchar(255)  not null,
    event_type      varchar(64)   not null,
    payload         varchar(4000) not null,
    created_at      timestamp with time zone not null,
    state           varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    delivered_at    timestamp with time zone,
    last_error      varchar(1000),
    constraint pk_webhook_outbox primary key (id),
    constraint uk_webhook_outbox_event unique (client_id, event_id)
);

create index ix_webhook_outbox_due on webhook_outbox (state, next_attempt_at);
