-- Issue 25: an agreed partnership may fall back to a collaboration or network relation, with the reason.
alter table partnership_relation_change add reason varchar(2000);
