-- Gongkai foundation schema. Forward-only: never edit a migration once it is on main.
-- Table prefixes name the owning module (agency_, account_, applicant_, case_, deadline_).
-- Camunda keeps its own ACT_* tables beside these; nothing here references them.

-- agencies ------------------------------------------------------------------------------------------
create table agency (
    id            uuid primary key,
    code          varchar(32)  not null unique check (code ~ '^[A-Z0-9-]{2,32}$'),
    name          varchar(200) not null,
    parent_id     uuid references agency (id),
    office_name   varchar(200) not null,           -- 政府信息公开工作机构
    address       varchar(300),
    phone         varchar(40),
    check (parent_id is null or parent_id <> id)
);

-- applicants ----------------------------------------------------------------------------------------
create table applicant (
    id                 uuid primary key,
    category           varchar(32)  not null check (category in
                       ('NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION',
                        'PUBLIC_INTEREST_ORGANISATION', 'LEGAL_SERVICE_INSTITUTION', 'OTHER_ORGANISATION')),
    name               varchar(200) not null,
    id_document_type   varchar(40)  not null,
    id_document_number varchar(64)  not null,
    phone              varchar(40)  not null,
    email              varchar(200),
    address            varchar(300),
    created_at         timestamptz  not null
);

-- accounts ------------------------------------------------------------------------------------------
create table account_user (
    id            uuid primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(100) not null,
    role          varchar(32)  not null check (role in
                  ('APPLICANT', 'REGISTRAR', 'CASE_OFFICER', 'HEAD_OF_OFFICE')),
    agency_id     uuid references agency (id),
    applicant_id  uuid references applicant (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    -- an applicant account is bound to exactly one applicant; an officer to exactly one agency
    check ((role = 'APPLICANT') = (applicant_id is not null)),
    check ((role = 'APPLICANT') = (agency_id is null))
);

-- working-day calendar (deadlines) ------------------------------------------------------------------
create table deadline_calendar_day (
    day  date primary key,
    kind varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),   -- weekday off / weekend worked
    name varchar(64) not null,
    check ((kind = 'HOLIDAY') = (extract(isodow from day) between 1 and 5))
);

create table deadline_calendar_year (
    year      int primary key check (year between 1990 and 2200),
    source    varchar(300) not null,
    loaded_at timestamptz  not null
);

-- cases ---------------------------------------------------------------------------------------------
create table case_reference_counter (
    agency_id  uuid not null references agency (id),
    year       int  not null,
    last_value int  not null,
    primary key (agency_id, year)
);

create table disclosure_case (
    id                 uuid primary key,
    reference          varchar(40)  not null unique,
    agency_id          uuid         not null references agency (id),
    applicant_id       uuid         not null references applicant (id),
    applicant_category varchar(32)  not null,          -- snapshot at filing: the report's column
    channel            varchar(32)  not null,
    submitted_at       timestamptz  not null,
    received_on        date         not null,          -- 条例 art 31: day 0 of the statutory clock
    information_sought text         not null,
    requested_form     varchar(32)  not null,
    delivery_method    varchar(32)  not null,
    status             varchar(32)  not null,
    outcome            varchar(64),
    reply_text         text,
    decided_on         date,
    closed_on          date,
    created_at         timestamptz  not null,
    check (closed_on is null or closed_on >= received_on),
    check ((outcome is null) = (closed_on is null))
);
create index disclosure_case_agency_received on disclosure_case (agency_id, received_on);
create index disclosure_case_agency_closed on disclosure_case (agency_id, closed_on);
create index disclosure_case_applicant on disclosure_case (applicant_id);

-- Statutory clock periods: RUNNING continues the count, RESTARTED starts a fresh 20-day count
-- (补正 arrival), SUSPENDED stops it (consultation, fee notice). Day 0 of a running period is starts_on.
create table deadline_clock_period (
    case_id     uuid         not null references disclosure_case (id),
    seq         int          not null,
    kind        varchar(16)  not null check (kind in ('RUNNING', 'RESTARTED', 'SUSPENDED')),
    starts_on   date         not null,
    ends_on     date,
    legal_basis varchar(200) not null,
    primary key (case_id, seq),
    check (ends_on is null or ends_on >= starts_on)
);

-- The append-only case ledger: who did what, when, on which legal basis. State and statistics can be
-- rebuilt from it (CaseLedgerReplay). Updates and deletes are refused by the database itself.
create table case_ledger (
    id          bigint generated always as identity primary key,
    case_id     uuid         not null references disclosure_case (id),
    occurred_at timestamptz  not null,
    actor_id    uuid,
    actor_name  varchar(100) not null,
    action      varchar(48)  not null,
    legal_basis varchar(200),
    detail      jsonb        not null default '{}'::jsonb
);
create index case_ledger_case on case_ledger (case_id, id);

create function case_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_ledger is append-only (% refused)', tg_op;
end;
$$;

create trigger case_ledger_append_only
    before update or delete on case_ledger
    for each row execute function case_ledger_is_append_only();

create trigger case_ledger_no_truncate
    before truncate on case_ledger
    for each statement execute function case_ledger_is_append_only();
