-- Workers' own accounts (account package, docs/capabilities/accounts.md).
--
-- One row per worker whose Camunda user the product opened at hire (or later, on the town
-- organisation department's request): the user id follows the rule <town>-gz<worker id>
-- (kfq-gz42). PENDING until the worker sets a password with an activation code, ACTIVE after,
-- CLOSED once their service ended (the password is replaced by one nobody knows and every open
-- webapp session of the user is refused at its next request). A worker whose user existed before
-- (the demo users, one an administrator made) gets a CLOSED row when their service ends.
create table worker_account (
    user_id      varchar(64)  not null primary key,
    worker_id    bigint,
    town_code    varchar(32)  not null,
    state        varchar(16)  not null,
    created_at   datetime(3)  not null,
    activated_at datetime(3),
    closed_at    datetime(3),
    version      bigint       not null,
    constraint uq_worker_account_worker unique (worker_id)
) ${table_options};

-- Activation codes: only the SHA-256 of "<user id>:<code>" is kept, never the code. A code is
-- single-use (used_at), expires 30 days after it was issued, and a newer code revokes every
-- older one of the user (revoked_at).
create table account_activation_code (
    id         bigint      not null auto_increment primary key,
    user_id    varchar(64) not null,
    code_hash  varchar(64) not null,
    created_at datetime(3) not null,
    expires_at datetime(3) not null,
    used_at    datetime(3),
    revoked_at datetime(3),
    issued_by  varchar(64) not null
) ${table_options};

create index ix_account_activation_code_user on account_activation_code (user_id, code_hash);

-- Every activation attempt, for the rate limits: 5 wrong codes per user id or 20 per client
-- address (an IPv6 client by its /64) within 15 minutes, then 429 until the window has passed.
-- The user id is kept as typed (cut to 64 characters), known or not.
create table account_activation_attempt (
    id           bigint       not null auto_increment primary key,
    user_id      varchar(64)  not null,
    address      varchar(64)  not null,
    attempted_at datetime(3)  not null,
    succeeded    boolean      not null
) ${table_options};

create index ix_account_activation_attempt_user on account_activation_attempt (user_id, attempted_at);
create index ix_account_activation_attempt_address on account_activation_attempt (address, attempted_at);
