-- Quarterly reports (001 第十八条(三) 定期汇报制度): each quarter every worker in service reports in writing
-- (key work done, problems, next steps, urgent matters) and the town organisation department scores the
-- report (0–100) with a comment; a report not submitted by its due day is scored by the department with a
-- reason. Under policy lanzhou the mean of the year's scores is the 平时考核 (001 第二十一条).
-- One report per worker and quarter, whichever node or person starts it: uq_quarterly_report_quarter.

create table quarterly_report (
    id                    bigint        not null auto_increment primary key,
    worker_id             bigint        not null,
    town_code             varchar(32)   not null,
    report_year           int           not null,
    report_quarter        int           not null,
    status                varchar(16)   not null,
    process_instance_id   varchar(64)   not null,
    due_on                date          not null,
    opened_at             datetime(3)   not null,
    key_work              varchar(2000),
    problems              varchar(2000),
    next_steps            varchar(2000),
    urgent_matters        varchar(2000),
    submitted_by          varchar(64),
    submitted_at          datetime(3),
    missed_at             datetime(3),
    score                 decimal(5,2),
    score_comment         varchar(1000),
    scored_by             varchar(64),
    scored_at             datetime(3),
    version               bigint        not null,
    constraint uq_quarterly_report_quarter unique (worker_id, report_year, report_quarter),
    constraint uq_quarterly_report_process unique (process_instance_id),
    constraint fk_quarterly_report_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_quarterly_report_town on quarterly_report (town_code, report_year, report_quarter);
