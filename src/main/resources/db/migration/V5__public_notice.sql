-- Public notices (公示) with their entries and the objections raised against them (004 年度公示).
create table notice (
    id                  bigint        not null auto_increment primary key,
    title               varchar(200)  not null,
    owner_group         varchar(64)   not null,
    town_code           varchar(32),
    opens_at            datetime(3)   not null,
    closes_at           datetime(3)   not null,
    closed_at           datetime(3),
    status              varchar(16)   not null,
    process_instance_id varchar(64)   not null,
    version             bigint        not null,
    constraint uq_notice_process unique (process_instance_id)
) ${table_options};

create table notice_entry (
    id              bigint       not null auto_increment primary key,
    notice_id       bigint       not null,
    record_type     varchar(64)  not null,
    record_id       varchar(64)  not null,
    summary         varchar(500) not null,
    published_value varchar(200) not null,
    current_value   varchar(200) not null,
    constraint fk_notice_entry_notice foreign key (notice_id) references notice (id)
) ${table_options};

create table notice_objection (
    id              bigint        not null auto_increment primary key,
    notice_id       bigint        not null,
    entry_id        bigint        not null,
    grounds         varchar(2000) not null,
    objector        varchar(64)   not null,
    idempotency_key varchar(100)  not null,
    raised_at       datetime(3)   not null,
    status          varchar(16)   not null,
    reply           varchar(2000),
    corrected_value varchar(200),
    resolved_by     varchar(64),
    resolved_at     datetime(3),
    version         bigint        not null,
    constraint uq_objection_key unique (notice_id, objector, idempotency_key),
    constraint fk_objection_notice foreign key (notice_id) references notice (id),
    constraint fk_objection_entry foreign key (entry_id) references notice_entry (id)
) ${table_options};
