-- Post establishment (000 第三条): a town committee's written application, reviewed by the city
-- committee in rounds (returned for revision, resubmitted) until approved or rejected.

create table post_application (
    id                  bigint        not null auto_increment primary key,
    town_code           varchar(32)   not null,
    status              varchar(16)   not null,
    process_instance_id varchar(64)   not null,
    version             bigint        not null,
    constraint uq_post_application_process unique (process_instance_id),
    constraint fk_post_application_town foreign key (town_code) references org_unit (code)
) ${table_options};

-- One row per submission; the last one is what the committee decides on. Never deleted.
create table post_application_round (
    id              bigint        not null auto_increment primary key,
    application_id  bigint        not null,
    round_number    int           not null,
    post_count      int           not null,
    stations        varchar(2000) not null,
    reason          varchar(2000) not null,
    submitted_by    varchar(64)   not null,
    submitted_at    datetime(3)   not null,
    decision        varchar(16),
    decision_reason varchar(1000),
    decided_by      varchar(64),
    decided_at      datetime(3),
    constraint uq_post_application_round unique (application_id, round_number),
    constraint fk_round_application foreign key (application_id) references post_application (id)
) ${table_options};

-- Posts created by an approved application point at it; older posts (demo data) do not.
alter table post add column application_id bigint;
alter table post add constraint fk_post_application foreign key (application_id) references post_application (id);
