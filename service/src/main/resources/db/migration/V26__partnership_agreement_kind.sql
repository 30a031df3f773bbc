-- Issue 25: what an agreement is (fixed activity, open framework, sponsorship, grant), a fixed activity's last day,
-- and a sponsorship's or grant's conditions. Agreements from before kinds have none.
alter table partnership_view add agreement_kind varchar(40);
alter table partnership_view add ends_on date;
alter table partnership_view add conditions varchar(4000);
