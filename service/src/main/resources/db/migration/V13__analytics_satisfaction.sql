-- The citizen's satisfaction (1-5) where it was recorded on resolution.
alter table analytics_inquiry add column satisfaction integer;
