-- Appeals (issue 4): 行政复议 and 行政诉讼 against an agency's handling of a disclosure request, their append-only
-- history, the administrator-editable mapping of decision types to the section 四 result columns, and the
-- re-answer (重新答复) a decision can order on the original request.

create table appeal (
    id                       uuid primary key,
    reference                varchar(60)  not null unique,
    case_id                  uuid         not null references disclosure_case (id),
    case_reference           varchar(40)  not null,
    agency_id                uuid         not null references agency (id),   -- the original organ (原行为主体)
    kind                     varchar(16)  not null check (kind in ('REVIEW', 'LITIGATION')),
    route                    varchar(16)  check (route in ('DIRECT', 'AFTER_REVIEW')),
    instance                 varchar(8)   check (instance in ('FIRST', 'SECOND')),
    predecessor_id           uuid         references appeal (id),
    body                     varchar(200) not null,                          -- 复议机关 or court
    review_body_agency_id    uuid         references agency (id),            -- the 复议机关, when it is one of ours
    review_body_co_defendant boolean      not null default false,
    filed_on                 date         not null,
    copy_received_on         date         not null,
    procedure                varchar(16)  not null check (procedure in ('ORDINARY', 'SIMPLIFIED')),
    answer_due_on            date         not null,
    answered_on              date,
    decision_type            varchar(48),
    decided_on               date,
    decision_received_on     date,
    status                   varchar(24)  not null check (status in
                             ('AWAITING_ANSWER', 'AWAITING_DECISION', 'DECIDED', 'WITHDRAWN')),
    created_at               timestamptz  not null,
    check ((kind = 'LITIGATION') = (route is not null)),
    check ((kind = 'LITIGATION') = (instance is not null)),
    check (instance is distinct from 'SECOND' or predecessor_id is not null),
    check (kind = 'LITIGATION' or not review_body_co_defendant),
    check (copy_received_on >= filed_on),
    check (answered_on is null or answered_on >= copy_received_on),
    check ((decision_type is null) = (decided_on is null)),
    check (decided_on is null or decided_on >= filed_on),
    check (decision_received_on is null or decided_on is not null and decision_received_on >= decided_on)
);
create index appeal_agency_filed on appeal (agency_id, filed_on);
create index appeal_case on appeal (case_id);
create index appeal_predecessor on appeal (predecessor_id);

-- What happened to an appeal, who did it and when: append-only like the case ledger.
create table appeal_history (
    id          bigint generated always as identity primary key,
    appeal_id   uuid         not null references appeal (id),
    occurred_at timestamptz  not null,
    actor_id    uuid,
    actor_name  varchar(100) not null,
    action      varchar(48)  not null,
    detail      jsonb        not null default '{}'::jsonb
);
create index appeal_history_appeal on appeal_history (appeal_id, id);

create function appeal_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'appeal_history is append-only (% refused)', tg_op;
end;
$$;
create trigger appeal_history_append_only before update or delete on appeal_history
    for each row execute function appeal_history_is_append_only();
create trigger appeal_history_no_truncate before truncate on appeal_history
    for each statement execute function appeal_history_is_append_only();

-- Section 四 result column of each decision or judgment type (statute.md Part B §2.3, an [interpretation] the
-- client is to confirm; editable by an administrator, every change audited).
create table appeal_result_mapping (
    decision_type varchar(48) primary key,
    result        varchar(16) not null check (result in ('UPHELD', 'CORRECTED', 'OTHER')),
    updated_at    timestamptz not null default now(),
    updated_by    varchar(100) not null default '§2.3'
);
insert into appeal_result_mapping (decision_type, result) values
    ('REVIEW_UPHELD', 'UPHELD'),
    ('REVIEW_CLAIM_REJECTED', 'UPHELD'),
    ('REVIEW_REVOKED', 'CORRECTED'),
    ('REVIEW_PARTLY_REVOKED', 'CORRECTED'),
    ('REVIEW_VARIED', 'CORRECTED'),
    ('REVIEW_DECLARED_UNLAWFUL', 'CORRECTED'),
    ('REVIEW_DECLARED_VOID', 'CORRECTED'),
    ('REVIEW_PERFORMANCE_ORDERED', 'CORRECTED'),
    ('REVIEW_NOT_ACCEPTED', 'OTHER'),
    ('REVIEW_APPLICATION_REJECTED', 'OTHER'),
    ('REVIEW_TERMINATED', 'OTHER'),
    ('REVIEW_MEDIATED', 'OTHER'),
    ('JUDGMENT_CLAIM_REJECTED', 'UPHELD'),
    ('JUDGMENT_REVOKED', 'CORRECTED'),
    ('JUDGMENT_PARTLY_REVOKED', 'CORRECTED'),
    ('JUDGMENT_PERFORMANCE', 'CORRECTED'),
    ('JUDGMENT_PAYMENT', 'CORRECTED'),
    ('JUDGMENT_DECLARED_UNLAWFUL', 'CORRECTED'),
    ('JUDGMENT_DECLARED_VOID', 'CORRECTED'),
    ('JUDGMENT_VARIED', 'CORRECTED'),
    ('RULING_NOT_FILED', 'OTHER'),
    ('RULING_SUIT_DISMISSED', 'OTHER'),
    ('RULING_WITHDRAWAL_ALLOWED', 'OTHER'),
    ('RULING_CONCLUDED', 'OTHER'),
    ('APPEAL_DISMISSED', 'UPHELD');

-- casework: a decision or judgment ordered a new answer on a request; its earlier answer is kept here, the case
-- row carries the latest one. The appeal is named by id and reference (no foreign key: casework does not depend
-- on appeals).
create table case_reanswer (
    id                 bigint generated always as identity primary key,
    case_id            uuid         not null references disclosure_case (id),
    appeal_id          uuid         not null,
    appeal_reference   varchar(60)  not null,
    ordered_by         varchar(48)  not null,
    received_on        date         not null,                   -- day 0 of the fresh 20 working days
    previous_outcome   varchar(64),
    previous_closed_on date,
    previous_delivery  varchar(400),                            -- how and when the earlier answer was delivered
    created_at         timestamptz  not null,
    unique (appeal_id)
);
create index case_reanswer_case on case_reanswer (case_id);
