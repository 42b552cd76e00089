-- Exchanges within the town (000 第十二条): a worker after five years in post with outstanding
-- performance is a priority for an exchange (交流使用) or a more important role (重用) in their town;
-- the town committee proposes, the city office consents (各区镇…交流使用的，须经市委“两新”工委办公室审核同意).

-- The day a worker took up their post, which the five years count from. Until now a post was filled
-- only by a hire, so the posts filled before this migration were taken up when their worker was hired.
alter table post add column filled_at datetime(3);
update post set filled_at = (select w.created_at from worker w where w.id = post.worker_id) where worker_id is not null;

create table exchange_proposal (
    id                   bigint        not null auto_increment primary key,
    worker_id            bigint        not null,
    town_code            varchar(32)   not null,
    proposed_by          varchar(64)   not null,
    proposed_at          datetime(3)   not null,
    from_post_id         bigint,
    from_station         varchar(200),
    to_post_id           bigint        not null,
    to_station           varchar(200)  not null,
    new_role             varchar(200),
    reason               varchar(1000) not null,
    post_taken_up_on     date          not null,
    full_years_in_post   int           not null,
    eligible             boolean       not null,
    eligibility_reasons  varchar(500)  not null,
    decision_record_id   bigint        not null,
    justification        varchar(1000),
    justified_by         varchar(64),
    justified_at         datetime(3),
    status               varchar(16)   not null,
    reviewed_by          varchar(64),
    reviewed_at          datetime(3),
    review_note          varchar(1000),
    exchanged_at         datetime(3),
    process_instance_id  varchar(64)   not null,
    version              bigint        not null,
    constraint uq_exchange_process unique (process_instance_id),
    constraint fk_exchange_worker foreign key (worker_id) references worker (id),
    constraint fk_exchange_to_post foreign key (to_post_id) references post (id)
) ${table_options};

create index ix_exchange_worker on exchange_proposal (worker_id, status);
