-- The annual assessment (000 第九、十条 and 附件; 001 第二十至二十三条; 004): one campaign per year
-- and policy, one assessment per eligible worker, and what the confirmed results lead to.

create table assessment_campaign (
    id                  bigint        not null auto_increment primary key,
    assessment_year     int           not null,
    policy              varchar(16)   not null,
    status              varchar(24)   not null,
    workers             int,
    excellence_quota    int,
    started_by          varchar(64)   not null,
    started_at          datetime(3)   not null,
    confirmed_by        varchar(64),
    confirmed_at        datetime(3),
    confirmation_note   varchar(1000),
    process_instance_id varchar(64)   not null,
    version             bigint        not null,
    -- One campaign per year and policy: the second start is refused, also when two arrive at once.
    constraint uq_campaign_year_policy unique (assessment_year, policy),
    constraint uq_campaign_process unique (process_instance_id)
) ${table_options};

-- Written by one insert-select when the campaign takes its snapshot of eligible workers; batch_no
-- splits the cohort into the chunks the campaign starts one transaction at a time.
create table assessment (
    id                  bigint        not null auto_increment primary key,
    campaign_id         bigint        not null,
    worker_id           bigint        not null,
    town_code           varchar(32)   not null,
    batch_no            int           not null,
    status              varchar(24)   not null,
    process_instance_id varchar(64),
    self_report         varchar(4000),
    self_reported_by    varchar(64),
    self_reported_at    datetime(3),
    score_input         varchar(4000),
    score               decimal(7, 2),
    grade               varchar(16),
    grade_label         varchar(16),
    grade_explanation   varchar(2000),
    decision_record_id  bigint,
    scored_by           varchar(64),
    scored_at           datetime(3),
    over_quota          boolean       not null,
    quota_decision      varchar(8),
    quota_reason        varchar(1000),
    quota_decided_by    varchar(64),
    quota_decided_at    datetime(3),
    consequences        varchar(1000),
    version             bigint        not null,
    constraint uq_assessment_worker unique (campaign_id, worker_id),
    constraint fk_assessment_campaign foreign key (campaign_id) references assessment_campaign (id),
    constraint fk_assessment_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_assessment_batch on assessment (campaign_id, batch_no);
create index ix_assessment_status on assessment (campaign_id, status, town_code);
create index ix_assessment_worker on assessment (worker_id, status);
create index ix_assessment_process on assessment (process_instance_id);

-- 001 第二十三条 rewards, one per assessment.
create table reward_record (
    id            bigint       not null auto_increment primary key,
    worker_id     bigint       not null,
    assessment_id bigint       not null,
    amount        int          not null,
    recorded_by   varchar(64)  not null,
    recorded_at   datetime(3)  not null,
    constraint uq_reward_assessment unique (assessment_id),
    constraint fk_reward_worker foreign key (worker_id) references worker (id),
    constraint fk_reward_assessment foreign key (assessment_id) references assessment (id)
) ${table_options};

-- Grounds for dismissal (000 第十四条) found on a worker, kept until a dismissal takes them up.
create table dismissal_ground (
    id                  bigint        not null auto_increment primary key,
    worker_id           bigint        not null,
    ground              varchar(32)   not null,
    ground_year         int           not null,
    detail              varchar(1000) not null,
    recorded_by         varchar(64)   not null,
    recorded_at         datetime(3)   not null,
    process_instance_id varchar(64),
    constraint uq_dismissal_ground unique (worker_id, ground, ground_year),
    constraint fk_dismissal_ground_worker foreign key (worker_id) references worker (id)
) ${table_options};
