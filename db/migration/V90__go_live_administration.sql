-- Go-live (issue 15): first start, the organisation's particulars, account administration, the second factor,
-- case handlers and substitutes.

-- First start: the one-time setup token that lets the first administrator be created. Only its SHA-256 is kept;
-- the token itself is printed once at start-up. A row is spent when used; a new start issues a new one.
create table setup_token (
    id          uuid         primary key,
    token_hash  varchar(64)  not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    check (expires_at > issued_at)
);

-- Each agency's particulars, read by letters and reports. kind: the agency's place in the tree (本级人民政府 →
-- 部门 / 乡镇 / 街道, and 下属部门 that take routed work). Rows from before go-live administration are classified
-- by their place in the tree.
alter table agency add column kind varchar(16) check (kind in ('GOVERNMENT', 'DEPARTMENT', 'TOWN', 'SUBDISTRICT', 'SUBORDINATE'));
update agency set kind = case when parent_id is null then 'GOVERNMENT' else 'SUBORDINATE' end;
alter table agency add column full_name varchar(200);              -- the full name printed on letters
alter table agency add column reference_prefix varchar(40);        -- 文号前缀, e.g. 示政办
alter table agency add column review_body varchar(200);            -- 行政复议机关 named in remedy notices
alter table agency add column court varchar(200);                  -- 人民法院 named in remedy notices
alter table agency add column charges_fees boolean not null default true;  -- 信息处理费 (国办函〔2020〕109号)
alter table agency add column report_due varchar(5) check (report_due ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$');
alter table agency add column deactivated_at timestamptz;

-- Accounts: a password set by an administrator must be changed at the next login; the TOTP second factor
-- (secret encrypted like personal data) and its single-use recovery codes (hashed).
alter table account_user add column must_change_password boolean not null default false;
alter table account_user add column totp_secret varchar(400);
alter table account_user add column totp_enabled_at timestamptz;
alter table account_user add column deactivated_at timestamptz;

-- Further roles of one person (the account's role column stays its primary role).
create table account_role (
    account_id  uuid         not null references account_user (id),
    role        varchar(32)  not null check (role in
                ('REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN', 'ADMINISTRATOR')),
    primary key (account_id, role)
);

create table account_recovery_code (
    account_id  uuid         not null references account_user (id),
    code_hash   varchar(200) not null,
    used_at     timestamptz,
    primary key (account_id, code_hash)
);

-- Codes that let an applicant set a new password (sent by e-mail or SMS); only a hash is kept.
create table account_reset_code (
    id          uuid         primary key,
    account_id  uuid         not null references account_user (id),
    code_hash   varchar(200) not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    attempts    int          not null default 0,
    used_at     timestamptz
);
create index account_reset_code_account on account_reset_code (account_id, issued_at desc);

-- The officer who handles a case (the one who accepted or drafted it, or whom it was reassigned to).
alter table disclosure_case add column handler_id uuid references account_user (id);
create index disclosure_case_handler on disclosure_case (handler_id) where closed_on is null;

-- A substitute acts for an officer on leave: sees and may take over the officer's cases and tasks.
create table account_substitute (
    id             uuid         primary key,
    account_id     uuid         not null references account_user (id),
    substitute_id  uuid         not null references account_user (id),
    from_date      date         not null,
    until_date     date         not null,
    created_at     timestamptz  not null,
    check (until_date >= from_date),
    check (substitute_id <> account_id)
);
