-- Routing to the departments that hold the information (承办 and 协办), each with an internal due date, all under
-- the request's one statutory clock; and the art-32 public-interest override with its written notice to the third
-- party.

create table case_routing (
    case_id         uuid         not null references disclosure_case (id),
    round           int          not null check (round >= 1),       -- a case may be routed again after a return
    department_id   uuid         not null references agency (id),
    lead            boolean      not null,                          -- 承办 (true) or 协办 (false)
    instructions    text         not null,
    routed_on       date         not null,
    due_on          date         not null,
    routed_by       varchar(100) not null,
    answered_on     date,
    answer          text,
    answered_by     varchar(100),
    overdue_noted   boolean      not null default false,
    primary key (case_id, round, department_id),
    check (due_on >= routed_on),
    check ((answered_on is null) = (answer is null))
);
create unique index case_routing_one_lead on case_routing (case_id, round) where lead;
create index case_routing_open_by_department on case_routing (department_id) where answered_on is null;

alter table case_consultation
    add column override_reasons text,
    add column override_on      date,
    add column override_by      varchar(100),
    add check ((override_reasons is null) = (override_on is null));
