-- Waiting time to first service (docs/measures.md): when a staff member first took the inquiry. Filled from the
-- InquiryTaken events by the analytics projection; rows read before this migration get it by a replay
-- (POST /api/v1/analytics/replay).
alter table analytics_inquiry add column taken_at timestamp with time zone;
