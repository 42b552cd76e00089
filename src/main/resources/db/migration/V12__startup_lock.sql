-- One row that a starting node locks (select ... for update) while it brings the identity,
-- authorizations, Tasklist filters and demo data in line (persistence.StartupSetUp). Nodes of a
-- cluster starting together on one database take turns: the second finds what the first created,
-- instead of creating it again or failing on a unique key.
create table startup_lock (
    id          int          not null primary key,
    description varchar(200) not null
) ${table_options};

insert into startup_lock (id, description) values (1, 'start-up set-up: one node at a time');
