-- Notifications (notification package, docs/capabilities/notifications.md).
--
-- The outbox: one row per person and message, written in the transaction that made the reason for
-- it (the engine's command that created a task, a decision, the scan that found a task due soon or
-- overdue), so a message exists exactly when its reason committed. The sender claims a row by a
-- conditional update of its lease (lease_owner, lease_until) before it sends, so two nodes never
-- send the same row; a row whose sending failed waits until next_attempt_at (exponential back-off)
-- and is FAILED after the last attempt. dedup_key makes every message once: TASK:<task>:<user>,
-- REMINDER:…, ESCALATION:…, DIGEST:<date>:<user>, OUTCOME:<what>:<user>.
create table notification_outbox (
    id              bigint        not null auto_increment primary key,
    kind            varchar(16)   not null,
    recipient       varchar(64)   not null,
    subject         varchar(200)  not null,
    body            varchar(4000) not null,
    task_id         varchar(64),
    dedup_key       varchar(200)  not null,
    status          varchar(16)   not null,
    attempts        int           not null,
    next_attempt_at datetime(3)   not null,
    lease_owner     varchar(100),
    lease_until     datetime(3),
    channel         varchar(16),
    last_error      varchar(500),
    created_at      datetime(3)   not null,
    sent_at         datetime(3),
    constraint uq_notification_outbox_dedup unique (dedup_key)
) ${table_options};

-- The sender's question: which pending rows are due now.
create index ix_notification_outbox_due on notification_outbox (status, next_attempt_at);

-- How each person wants to be told: MAIL (the e-mail of their Camunda user) or WEBHOOK (a group
-- robot's URL of WeCom or DingTalk). A person without a row is told by mail when they have an e-mail.
create table notification_profile (
    user_id     varchar(64)  not null primary key,
    channel     varchar(16)  not null,
    webhook_url varchar(500),
    updated_by  varchar(64)  not null,
    updated_at  datetime(3)  not null
) ${table_options};

-- Once per task: the reminder before its due date and the escalation after it. The scan inserts the
-- mark with the messages in one transaction; a second node's insert of the same mark fails and
-- rolls back its copy.
create table notification_task_mark (
    task_id    varchar(64) not null,
    kind       varchar(16) not null,
    created_at datetime(3) not null,
    primary key (task_id, kind)
) ${table_options};
