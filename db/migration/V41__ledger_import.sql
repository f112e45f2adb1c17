-- Historic ledger (台账) import. A case either came through Gongkai (origin SYSTEM: it has an applicant, a clock and
-- a BPMN process) or from an agency's ledger (origin LEDGER: only what the ledger records — reference, applicant
-- column, channel, dates and outcome; no applicant record, no process). The report counts both alike.
alter table disclosure_case add column origin varchar(16) not null default 'SYSTEM'
    check (origin in ('SYSTEM', 'LEDGER'));
alter table disclosure_case add column import_id uuid;
alter table disclosure_case alter column applicant_id drop not null;
alter table disclosure_case add constraint disclosure_case_origin_consistent check (
    (origin = 'SYSTEM' and applicant_id is not null and import_id is null)
    or (origin = 'LEDGER' and import_id is not null));

-- One upload of a ledger: its progress (processed of total rows, polled by the page) and its result. A rejected
-- import keeps no case: the rows are written in one transaction that is rolled back on the first bad row found by
-- the checks, and the errors (line and reason, every one of them) are kept here for the officer to read.
create table import_job (
    id              uuid primary key,
    agency_id       uuid         not null references agency (id),
    kind            varchar(16)  not null check (kind in ('REQUESTS')),
    file_name       varchar(255) not null,
    status          varchar(16)  not null check (status in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')),
    total_rows      int,
    processed_rows  int          not null default 0,
    imported_rows   int          not null default 0,
    errors          jsonb        not null default '[]'::jsonb,
    started_by      uuid         not null,
    started_by_name varchar(100) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz
);
create index import_job_agency on import_job (agency_id, started_at desc);
create index disclosure_case_import on disclosure_case (import_id) where import_id is not null;
