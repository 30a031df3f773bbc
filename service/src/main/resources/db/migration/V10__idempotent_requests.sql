-- Case systems may repeat a POST with the same Idempotency-Key: the first answer is kept here and given again,
-- and nothing else happens (IdempotentRequests). Stored in the same transaction as what the request did.
create table idempotent_request (
    client_id       varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    content_type    varchar(100),
    location        varchar(500),
    response_body   bytea,
    created_at      timestamp with time zone not null,
    constraint pk_idempotent_request primary key (client_id, idempotency_key)
);
