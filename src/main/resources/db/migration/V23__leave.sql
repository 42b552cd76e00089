-- Leave requests (001 第十八条(四) 考勤和请销假制度): the worker asks for leave of so many working days,
-- the approver of the tier (leave-approval-tier) approves or refuses with a reason, and after the leave
-- the worker reports back (销假) with the actual last day; working days after the approved last day
-- become absences (000 第十三、十四条). Overlaps between requests of one worker are refused by the
-- service, which locks the worker's row first, so two requests of one worker land one after another.

create table leave_request (
    id                    bigint        not null auto_increment primary key,
    worker_id             bigint        not null,
    town_code             varchar(32)   not null,
    applicant             varchar(64)   not null,
    first_day             date          not null,
    last_day              date          not null,
    working_days          int           not null,
    reason                varchar(1000) not null,
    approver_tier         varchar(32)   not null,
    approver_group        varchar(64)   not null,
    status                varchar(16)   not null,
    process_instance_id   varchar(64)   not null,
    requested_at          datetime(3)   not null,
    decided_by            varchar(64),
    decided_at            datetime(3),
    refusal_reason        varchar(1000),
    actual_last_day       date,
    reported_back_by      varchar(64),
    reported_back_at      datetime(3),
    late_working_days     int,
    late_days_recorded    boolean       not null,
    version               bigint        not null,
    constraint uq_leave_request_process unique (process_instance_id),
    constraint fk_leave_request_worker foreign key (worker_id) references worker (id)
) ${table_options};

create index ix_leave_request_worker on leave_request (worker_id, status, first_day);
