-- The analytics projection applies each inquiry's events at most once (delivery is at least once: a node that
-- takes over a dead node's segments may be handed an event again). Each row keeps the sequence number of the last
-- event applied; rows made before this migration take the inquiry's last stored event (a replay makes it exact).
alter table analytics_inquiry add column last_event_sequence bigint;
update analytics_inquiry set last_event_sequence = coalesce((select max(d.sequence_number) from domain_event_entry d
    where d.aggregate_identifier = analytics_inquiry.inquiry_id), 0);
alter table analytics_inquiry alter column last_event_sequence set not null;
