-- Discipline (000 第十三、十四、十五条; 001 第十九条): absent working days, warning talks (告诫) and
-- dismissals (解聘) with their filing.

create table absence (
    id          bigint       not null auto_increment primary key,
    worker_id   bigint       not null,
    absent_on   date         not null,
    note        varchar(500),
    recorded_by varchar(64)  not null,
    recorded_at datetime(3)  not null,
    -- A day is absent once: a second record of it is refused, and two at once cannot both land.
    constraint uq_absence unique (worker_id, absent_on),
    constraint fk_absence_worker foreign key (worker_id) references worker (id)
) ${table_options};

create table warning (
    id                  bigint        not null auto_increment primary key,
    worker_id           bigint        not null,
    ground              varchar(32)   not null,
    reason              varchar(1000) not null,
    status              varchar(24)   not null,
    process_instance_id varchar(64)   not null,
    started_by          varchar(64)   not null,
    started_at          datetime(3)   not null,
    talk_on             date,
    talk_participants   varchar(500),
    talk_content        varchar(2000),
    talk_recorded_by    varchar(64),
    period_ends_at      datetime(3),
    outcome             varchar(16),
    evaluation          varchar(1000),
    evaluated_by        varchar(64),
    evaluated_at        datetime(3),
    version             bigint        not null,
    constraint uq_warning_process unique (process_instance_id),
    constraint fk_warning_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_warning_worker on warning (worker_id, status);

create table dismissal (
    id                  bigint        not null auto_increment primary key,
    worker_id           bigint        not null,
    status              varchar(24)   not null,
    policy              varchar(16)   not null,
    city_approval       boolean       not null,
    grounds             varchar(500)  not null,
    other_reason        varchar(1000),
    evidence            varchar(2000) not null,
    process_instance_id varchar(64)   not null,
    proposed_by         varchar(64)   not null,
    proposed_at         datetime(3)   not null,
    opinion             varchar(2000),
    opinion_by          varchar(64),
    decided_by          varchar(64),
    decided_at          datetime(3),
    decision_reason     varchar(1000),
    approved_by         varchar(64),
    approved_at         datetime(3),
    approval_reason     varchar(1000),
    benefits_end_on     date,
    filed_by            varchar(64),
    filed_at            datetime(3),
    filing_number       varchar(64),
    withdrawn_reason    varchar(200),
    version             bigint        not null,
    constraint uq_dismissal_process unique (process_instance_id),
    constraint fk_dismissal_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_dismissal_worker on dismissal (worker_id, status);

-- A ground found on a worker is taken up by the dismissal that decides on it.
alter table dismissal_ground add column dismissal_id bigint;
alter table dismissal_ground add constraint fk_dismissal_ground_dismissal foreign key (dismissal_id) references dismissal (id);
