-- When the demo's simulated history was written (samspill.simulation.enabled), so that it is written only once.
create table simulation_run (
    id        varchar(36) not null,
    ran_at    timestamp with time zone not null,
    inquiries integer     not null,
    events    integer     not null,
    constraint pk_simulation_run primary key (id)
);
