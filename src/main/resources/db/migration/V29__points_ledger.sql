-- The points ledger kept all year (004 附件1 二、考核流程: 专人记录、定期公布、支部评定、上级审核、年度公示；每一自然年为
-- 一个考核周期). One ledger per worker and year; each line is one event of 附件2 (items 7–14 add, 15–23
-- deduct) or one of the 一票否决 (items 1–6). The town organisation department records lines as they
-- happen; a worker claims a bonus line, which the department accepts or refuses with a reason; a veto
-- counts only once the town committee confirms it; a correction supersedes a line and says why.
-- Only ACCEPTED lines count; the total is always computed by the decision points-score.

create table points_ledger (
    id              bigint        not null auto_increment primary key,
    worker_id       bigint        not null,
    town_code       varchar(32)   not null,
    ledger_year     int           not null,
    created_at      datetime(3)   not null,
    version         bigint        not null,
    constraint uq_points_ledger_worker_year unique (worker_id, ledger_year),
    constraint fk_points_ledger_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_points_ledger_town on points_ledger (town_code, ledger_year);

create table points_entry (
    id                   bigint        not null auto_increment primary key,
    ledger_id            bigint        not null,
    item                 int           not null,
    item_count           int           not null,
    item_level           varchar(32),
    occurred_on          date          not null,
    evidence             varchar(1000),
    witness1             varchar(64),
    witness2             varchar(64),
    source               varchar(16)   not null,
    state                varchar(16)   not null,
    reason               varchar(1000),
    recorded_by          varchar(64)   not null,
    recorded_at          datetime(3)   not null,
    decided_by           varchar(64),
    decided_at           datetime(3),
    corrects_id          bigint,
    process_instance_id  varchar(64),
    version              bigint        not null,
    constraint fk_points_entry_ledger foreign key (ledger_id) references points_ledger (id),
    constraint fk_points_entry_corrects foreign key (corrects_id) references points_entry (id)
) ${table_options};

create index ix_points_entry_ledger on points_entry (ledger_id, state);
create index ix_points_entry_process on points_entry (process_instance_id);
