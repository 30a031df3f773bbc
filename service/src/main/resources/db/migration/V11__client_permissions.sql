-- What each case-system client may do (space-separated, see ClientPermission); existing clients may do everything.
alter table case_system_client add column permissions varchar(200) not null default 'inquiries personal-data service-points library-plans analytics';
