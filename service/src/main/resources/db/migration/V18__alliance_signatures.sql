-- Each party signs an alliance for itself (issue 19): a party that has not signed yet has no signatory.
alter table alliance_party alter column signed_by drop not null;
