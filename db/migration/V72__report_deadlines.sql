-- Owner: reporting. When an agency's annual report is due, where it differs from the statutory default (条例
-- art 49: a department's report by 31 January, a government's report — the summary of it and the agencies below
-- it — by 31 March of the next year). A province or city may set earlier dates for the agencies under it.
create table report_deadline (
    agency_id  uuid         not null references agency (id),
    scope      varchar(8)   not null check (scope in ('AGENCY', 'SUMMARY')),
    due_month  int          not null check (due_month between 1 and 12),
    due_day    int          not null check (due_day between 1 and 31),
    basis      varchar(200) not null,
    updated_by uuid         not null,
    updated_at timestamptz  not null,
    primary key (agency_id, scope),
    check (make_date(2000, due_month, 1) + (due_day - 1) < make_date(2000, due_month, 1) + interval '1 month')
);
