-- First contact never follows a route that sends the citizen away from the unit they came to (docs/measures.md):
-- hybrid's other location, PAC-man's case system, or elsewhere. Resolutions stored before the aggregate knew it said
-- first contact; the analytics projection now reads them right, and this corrects what it had already read (the same
-- figures a replay of the log gives).
update analytics_inquiry set first_contact = false
where first_contact = true and route in ('refer-to-other-location', 'route-out-digitally', 'refer-outside');
