-- Failed logins and the time-limited locks they lead to (security.LoginLocks), one row per
-- account ('account:kfq-org') and per client address ('address:203.0.113.7', an IPv6 client by
-- its /64). Kept in the database, not in a node's memory, so that every node of a cluster counts
-- the same wrong passwords and refuses the same locked account. Times are epoch milliseconds:
-- nodes compare them with their own clock, with no time zone in between.
create table login_lock (
    subject         varchar(200) not null primary key,
    -- wrong passwords counted towards the next lock (since the window began, the last lock or,
    -- for an account, the last successful login)
    failures        int          not null,
    window_start_ms bigint       not null,
    last_failure_ms bigint       not null,
    -- locks so far in a row: the 1st lasts 1 minute, the 2nd 5, any further 30
    locks           int          not null,
    locked_from_ms  bigint,
    locked_until_ms bigint
) ${table_options};

-- Rows with no failure for a day are forgotten (deleted) by this column.
create index ix_login_lock_last_failure on login_lock (last_failure_ms);
