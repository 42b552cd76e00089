-- Recruitment (000 第五、六条): a plan for a town's vacant posts, its candidates from registration
-- to the contract with the town.

create table recruitment_plan (
    id                  bigint        not null auto_increment primary key,
    town_code           varchar(32)   not null,
    organiser           varchar(8)    not null,
    posts_to_fill       int           not null,
    conditions          varchar(2000) not null,
    schedule            varchar(1000) not null,
    status              varchar(16)   not null,
    planned_by          varchar(64)   not null,
    planned_at          datetime(3)   not null,
    consent_by          varchar(64),
    consent_at          datetime(3),
    consent_reason      varchar(1000),
    decision_record_id  bigint,
    process_instance_id varchar(64)   not null,
    version             bigint        not null,
    constraint uq_recruitment_process unique (process_instance_id),
    constraint fk_recruitment_town foreign key (town_code) references org_unit (code)
) ${table_options};

create index ix_recruitment_town on recruitment_plan (town_code, status);

create table candidate (
    id                   bigint        not null auto_increment primary key,
    plan_id              bigint        not null,
    name                 varchar(50)   not null,
    education            varchar(50)   not null,
    registered_by        varchar(64)   not null,
    registered_at        datetime(3)   not null,
    qualification        varchar(16)   not null,
    qualification_reason varchar(1000),
    reviewed_by          varchar(64),
    reviewed_at          datetime(3),
    exam_score           decimal(5,2),
    interview_score      decimal(5,2),
    scored_by            varchar(64),
    total_score          decimal(6,2),
    ranking              int,
    shortlisted          boolean       not null,
    hire_decision        varchar(16),
    contract_number      varchar(64),
    contract_signed_on   date,
    post_id              bigint,
    worker_id            bigint,
    version              bigint        not null,
    constraint fk_candidate_plan foreign key (plan_id) references recruitment_plan (id),
    constraint fk_candidate_post foreign key (post_id) references post (id),
    constraint fk_candidate_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_candidate_plan on candidate (plan_id);
