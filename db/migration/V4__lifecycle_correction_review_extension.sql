-- The request lifecycle: 补正 (art 30), legal review and sign-off, extension (art 33), withdrawal.

-- A decision is drafted by the case officer, reviewed, then signed off by the head of the office; only then is it
-- the case's outcome (and the case closed on the day of sign-off).
alter table disclosure_case add column draft_outcome varchar(64);
alter table disclosure_case add column draft_reply text;
alter table disclosure_case add column review_note text;

-- One correction notice per request (art 30: 一次性告知), with the items to correct and the period the officer set.
create table case_correction (
    case_id       uuid         primary key references disclosure_case (id),
    items         text         not null,
    notified_on   date         not null,
    due_on        date         not null,
    answered_on   date,
    answer        text,
    lapsed        boolean      not null default false,
    check (due_on >= notified_on),
    check (answered_on is null or not lapsed)
);

-- At most one extension per request, of at most 20 working days, approved or refused by the head of the office.
create table case_extension (
    case_id       uuid         primary key references disclosure_case (id),
    working_days  int          not null check (working_days between 1 and 20),
    reason        text         not null,
    requested_by  uuid         not null references account_user (id),
    requested_on  date         not null,
    approved      boolean,
    decided_by    uuid references account_user (id),
    decided_on    date
);

-- The statutory clock's extension (deadlines module): the approved working days that add to the 20-day period.
create table deadline_extension (
    case_id       uuid         primary key references disclosure_case (id),
    working_days  int          not null check (working_days between 1 and 20),
    legal_basis   varchar(200) not null,
    granted_on    date         not null
);
