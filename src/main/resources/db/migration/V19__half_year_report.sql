-- The half-yearly report on a town's workers (001 第十五条: 区县委组织部每半年书面向市委组织部报告一次
-- 党建专干履职情况). One report per town and half year: a second start is refused, also when two arrive
-- at once. The figures are compiled once, when the report is started, and kept as JSON so that every
-- document shows what was submitted, not today's figures.

create table half_year_report (
    id                  bigint        not null auto_increment primary key,
    town_code           varchar(32)   not null,
    half_year           varchar(7)    not null,
    status              varchar(16)   not null,
    process_instance_id varchar(64)   not null,
    started_by          varchar(64)   not null,
    started_at          datetime(3)   not null,
    figures             text          not null,
    compiled_at         datetime(3)   not null,
    assessment          varchar(4000),
    written_by          varchar(64),
    written_at          datetime(3),
    round_number        int           not null,
    return_reason       varchar(1000),
    reviewed_by         varchar(64),
    reviewed_at         datetime(3),
    submitted_at        datetime(3),
    received_by         varchar(64),
    received_at         datetime(3),
    receipt_note        varchar(1000),
    version             bigint        not null,
    constraint uq_half_year_report unique (town_code, half_year),
    constraint uq_half_year_report_process unique (process_instance_id),
    constraint fk_half_year_report_town foreign key (town_code) references org_unit (code)
) ${table_options};

create index ix_half_year_report_half on half_year_report (half_year, status);
