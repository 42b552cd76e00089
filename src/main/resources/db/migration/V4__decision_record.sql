-- Every decision taken inside a process, with the facts it saw, what it answered and the rules
-- (with their articles) that made the answer: what an inspector reads back years later.
create table decision_record (
    id                  bigint        not null auto_increment primary key,
    decision            varchar(64)   not null,
    subject_type        varchar(64),
    subject_id          varchar(64),
    facts               text          not null,
    answer              text          not null,
    explanation         text          not null,
    process_instance_id varchar(64)   not null,
    activity_id         varchar(255)  not null,
    decided_at          datetime(3)   not null
) ${table_options};

create index ix_decision_record_subject on decision_record (subject_type, subject_id);
create index ix_decision_record_process on decision_record (process_instance_id);
