-- Issue 25: when each network contact was last used (opened, tended or handed over), for its care.
alter table network_contact add last_used_on date;
update network_contact set last_used_on = held_since;
