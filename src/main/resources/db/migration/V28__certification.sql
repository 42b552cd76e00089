-- Certification levels and the 红领津贴 (002 “四级五专”: 专职资格认证, 专属待遇保障): the city office's yearly
-- round, each worker's application through 个人申报、组织审核、培训测试、实地走访、综合评定、结果公示, the
-- certificates issued with their number, the 年检 after each annual assessment, the position changes
-- reported to the city, and the year's allowance list the city office confirms.

create table certification_round (
    id              bigint        not null auto_increment primary key,
    round_year      int           not null,
    deadline        date          not null,
    opened_by       varchar(64)   not null,
    opened_at       datetime(3)   not null,
    version         bigint        not null,
    constraint uq_certification_round_year unique (round_year)
) ${table_options};

create table certification_application (
    id                   bigint        not null auto_increment primary key,
    round_id             bigint        not null,
    worker_id            bigint        not null,
    town_code            varchar(32)   not null,
    current_level        varchar(16),
    requested_level      varchar(16),
    statement            varchar(2000),
    applied_by           varchar(64),
    applied_at           datetime(3),
    status               varchar(16)   not null,
    eligible             boolean,
    eligibility_reasons  varchar(500),
    decision_record_id   bigint,
    reviewed_by          varchar(64),
    reviewed_at          datetime(3),
    review_note          varchar(1000),
    visited_on           date,
    visitors             varchar(200),
    visit_findings       varchar(2000),
    visit_recorded_by    varchar(64),
    panel_score          decimal(4,1),
    panel_recommended    boolean,
    panel_opinion        varchar(1000),
    panel_by             varchar(64),
    panel_at             datetime(3),
    certificate_id       bigint,
    process_instance_id  varchar(64)   not null,
    version              bigint        not null,
    constraint uq_certification_application_process unique (process_instance_id),
    constraint uq_certification_application_worker unique (round_id, worker_id),
    constraint fk_certification_application_round foreign key (round_id) references certification_round (id),
    constraint fk_certification_application_worker foreign key (worker_id) references worker (id)
) ${table_options};

create table certificate (
    id                bigint        not null auto_increment primary key,
    worker_id         bigint        not null,
    town_code         varchar(32)   not null,
    cert_level        varchar(16)   not null,
    cert_number       varchar(64),
    issued_on         date          not null,
    application_id    bigint,
    status            varchar(16)   not null,
    status_reason     varchar(500),
    status_changed_at datetime(3),
    version           bigint        not null,
    constraint uq_certificate_number unique (cert_number),
    constraint uq_certificate_application unique (application_id),
    constraint fk_certificate_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_certificate_worker on certificate (worker_id, status);

create table certificate_inspection (
    id                 bigint        not null auto_increment primary key,
    certificate_id     bigint        not null,
    worker_id          bigint        not null,
    inspection_year    int           not null,
    grade              varchar(16)   not null,
    grade_label        varchar(16)   not null,
    allowance          bigint        not null,
    allowance_reasons  varchar(200)  not null,
    withdrawn          boolean       not null,
    exit_reasons       varchar(200)  not null,
    decided_at         datetime(3)   not null,
    constraint uq_certificate_inspection unique (certificate_id, inspection_year),
    constraint fk_certificate_inspection_certificate foreign key (certificate_id) references certificate (id)
) ${table_options};

create table certificate_position_change (
    id                   bigint        not null auto_increment primary key,
    certificate_id       bigint        not null,
    worker_id            bigint        not null,
    from_post_id         bigint,
    to_post_id           bigint        not null,
    reported_at          datetime(3)   not null,
    process_instance_id  varchar(64),
    constraint fk_certificate_change_certificate foreign key (certificate_id) references certificate (id)
) ${table_options};

create table allowance_list (
    id                   bigint        not null auto_increment primary key,
    list_year            int           not null,
    status               varchar(16)   not null,
    workers              int           not null,
    total                bigint        not null,
    compiled_at          datetime(3)   not null,
    confirmed_by         varchar(64),
    confirmed_at         datetime(3),
    note                 varchar(1000),
    process_instance_id  varchar(64)   not null,
    version              bigint        not null,
    constraint uq_allowance_list_year unique (list_year)
) ${table_options};

create table allowance_line (
    id               bigint        not null auto_increment primary key,
    list_id          bigint        not null,
    worker_id        bigint        not null,
    worker_name      varchar(100)  not null,
    town_code        varchar(32)   not null,
    cert_level       varchar(16)   not null,
    cert_number      varchar(64)   not null,
    grade_label      varchar(16),
    allowance        bigint        not null,
    reason           varchar(200)  not null,
    constraint fk_allowance_line_list foreign key (list_id) references allowance_list (id)
) ${table_options};
