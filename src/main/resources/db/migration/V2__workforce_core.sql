-- The application's own records. Portable between H2 and MySQL; ${table_options} puts the MySQL
-- tables on utf8mb4 so that every Chinese name, 4-byte characters included, round-trips.

create table org_unit (
    code        varchar(32)  not null primary key,
    name        varchar(100) not null,
    kind        varchar(8)   not null,
    parent_code varchar(32),
    constraint fk_org_unit_parent foreign key (parent_code) references org_unit (code)
) ${table_options};

create table worker (
    id                  bigint       not null auto_increment primary key,
    user_id             varchar(64),
    name                varchar(100) not null,
    town_code           varchar(32)  not null,
    status              varchar(16)  not null,
    under_warning       boolean      not null,
    assessment_eligible boolean      not null,
    created_at          datetime(3)  not null,
    version             bigint       not null,
    constraint uq_worker_user unique (user_id),
    constraint fk_worker_town foreign key (town_code) references org_unit (code)
) ${table_options};

create table post (
    id         bigint       not null auto_increment primary key,
    town_code  varchar(32)  not null,
    station    varchar(200) not null,
    worker_id  bigint,
    created_at datetime(3)  not null,
    version    bigint       not null,
    constraint fk_post_town foreign key (town_code) references org_unit (code),
    constraint fk_post_worker foreign key (worker_id) references worker (id)
) ${table_options};

-- Append-only: the application inserts and never updates or deletes.
create table trail_entry (
    id                  bigint        not null auto_increment primary key,
    worker_id           bigint        not null,
    event               varchar(64)   not null,
    detail              varchar(2000) not null,
    actor               varchar(64)   not null,
    occurred_at         datetime(3)   not null,
    process_instance_id varchar(64),
    article             varchar(64)   not null,
    constraint fk_trail_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_trail_worker on trail_entry (worker_id, occurred_at);

create table resignation (
    id                  bigint        not null auto_increment primary key,
    worker_id           bigint        not null,
    applicant           varchar(64)   not null,
    reason              varchar(1000) not null,
    last_working_day    date          not null,
    status              varchar(16)   not null,
    process_instance_id varchar(64)   not null,
    submitted_at        datetime(3)   not null,
    received_by         varchar(64),
    received_at         datetime(3),
    decided_by          varchar(64),
    decided_at          datetime(3),
    decision_reason     varchar(1000),
    filed_by            varchar(64),
    filed_at            datetime(3),
    filing_number       varchar(64),
    version             bigint        not null,
    constraint uq_resignation_process unique (process_instance_id),
    constraint fk_resignation_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_resignation_worker on resignation (worker_id, status);
