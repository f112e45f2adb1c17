-- Issue 5: the 主动公开 registry (section 二), the narrative sections (一, 五, 六) and published report snapshots.

-- Proactive disclosure registry (proactive module): figures from other systems (规章/规范性文件 registers, 行政许可,
-- 行政处罚, 行政强制, 行政事业性收费), entered by an authorised officer. Append-only: a correction is a new entry; the
-- current figure of an item is its latest entry. A figure never entered has no row, so the report shows it blank.
create table proactive_entry (
    id           uuid          primary key,
    agency_id    uuid          not null references agency (id),
    year         int           not null check (year between 2008 and 2100),
    item         varchar(48)   not null,
    value        numeric(16,4) not null,
    source       varchar(200)  not null,
    note         text,
    entered_by   uuid          not null references account_user (id),
    entered_name varchar(200)  not null,
    entered_at   timestamptz   not null,
    seq          bigserial     not null unique
);
create index proactive_entry_agency_year on proactive_entry (agency_id, year, item, seq);

create function proactive_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'proactive_entry is append-only (% refused)', tg_op;
end;
$$;
create trigger proactive_entry_append_only before update or delete on proactive_entry
    for each row execute function proactive_entry_is_append_only();
create trigger proactive_entry_no_truncate before truncate on proactive_entry
    for each statement execute function proactive_entry_is_append_only();

-- Narrative sections (reporting): the agency's own text of 一, 五, 六 for a year; absent = the generated draft.
create table report_narrative (
    agency_id    uuid         not null references agency (id),
    year         int          not null,
    section      varchar(4)   not null check (section in ('一', '五', '六')),
    body         text         not null,
    updated_by   uuid         not null references account_user (id),
    updated_at   timestamptz  not null,
    primary key (agency_id, year, section)
);

-- Published reports (reporting): an append-only, versioned JSON snapshot of exactly what was published.
create table annual_report_snapshot (
    id            uuid         primary key,
    agency_id     uuid         not null references agency (id),
    year          int          not null,
    scope         varchar(16)  not null check (scope in ('AGENCY', 'SUMMARY')),
    format        varchar(32)  not null,
    version       int          not null check (version >= 1),
    correction    boolean      not null,         -- 更正: a version after the first
    reason        text,
    content       jsonb        not null,
    published_by  uuid         not null references account_user (id),
    published_name varchar(200) not null,
    published_at  timestamptz  not null,
    unique (agency_id, year, scope, version),
    check (correction = (version > 1))
);

create function annual_report_snapshot_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'annual_report_snapshot is append-only (% refused)', tg_op;
end;
$$;
create trigger annual_report_snapshot_append_only before update or delete on annual_report_snapshot
    for each row execute function annual_report_snapshot_is_append_only();
create trigger annual_report_snapshot_no_truncate before truncate on annual_report_snapshot
    for each statement execute function annual_report_snapshot_is_append_only();

