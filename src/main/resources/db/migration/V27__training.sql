-- Training records (000 第十一条 岗位培训制度; 002 专业能力培训: 培训测试合格后方可参加资格认证): the city
-- office registers a training — 任前培训 (PRE_POST) or 日常培训 (REGULAR), optionally with a test and its
-- pass mark — and records each worker's attendance and result once; whether they passed is computed
-- from the pass mark when the result is recorded. A worker is on a training's list at most once.

create table training (
    id              bigint        not null auto_increment primary key,
    kind            varchar(16)   not null,
    title           varchar(200)  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    organiser       varchar(200)  not null,
    pass_mark       decimal(4,1),
    registered_by   varchar(64)   not null,
    registered_at   datetime(3)   not null,
    version         bigint        not null
) ${table_options};

create table training_result (
    id              bigint        not null auto_increment primary key,
    training_id     bigint        not null,
    worker_id       bigint        not null,
    town_code       varchar(32)   not null,
    attended        boolean       not null,
    score           decimal(4,1),
    passed          boolean       not null,
    recorded_by     varchar(64)   not null,
    recorded_at     datetime(3)   not null,
    constraint uq_training_result_worker unique (training_id, worker_id),
    constraint fk_training_result_training foreign key (training_id) references training (id),
    constraint fk_training_result_worker foreign key (worker_id) references worker (id)
) ${table_options};

-- "has this worker passed a training of kind X since date Y" (probation's flag, certification later).
create index ix_training_result_worker on training_result (worker_id, passed);
