-- Kept API answers are told apart by a keyed hash from now on (IdempotentRequests): the plain SHA-256 of a request
-- body that held a citizen's identifier could be tested against guesses, so those rows go. Answers that name a
-- citizen are erased with that citizen, found by this column.
delete from idempotent_request;
alter table idempotent_request add column citizen_ref varchar(36);
create index ix_idempotent_request_citizen on idempotent_request (citizen_ref);
create index ix_idempotent_request_created on idempotent_request (created_at);
