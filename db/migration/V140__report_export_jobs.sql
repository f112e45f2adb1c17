-- A report export made in the background (issue 16: progress for long exports). The page starts it, polls its
-- progress and downloads the file; the row is written before the start is acknowledged, so a job survives the node
-- that took it (any node's sweep claims a job left waiting or abandoned), and every write of a worker names the
-- attempt it holds, so an abandoned attempt cannot overwrite the one that replaced it. Finished rows are kept a day.
create table report_export (
    id                 uuid primary key,
    requested_by       uuid         not null references account_user (id),
    idempotency_key    varchar(100) not null,
    agency_code        varchar(32)  not null,
    year               int          not null,
    format             varchar(32)  not null,
    scope              varchar(16),
    type               varchar(8)   not null check (type in ('DOCX', 'XLSX', 'PDF', 'HTML')),
    charts             boolean      not null,
    status             varchar(16)  not null check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    attempts           int          not null default 0,
    steps_total        int          not null check (steps_total > 0),
    steps_done         int          not null default 0 check (steps_done between 0 and steps_total),
    step               varchar(16),
    heartbeat_at       timestamptz,
    file_name          varchar(300),
    media_type         varchar(100),
    content            bytea,
    failure            varchar(1000),
    requested_at       timestamptz  not null,
    finished_at        timestamptz,
    unique (requested_by, idempotency_key),
    check (status <> 'READY' or content is not null)
);
-- the sweep's range: jobs waiting or running, oldest first
create index report_export_open on report_export (requested_at) where status in ('QUEUED', 'RUNNING');
