-- Security, privacy and audit (ASVS 5.0 L2, 等级保护 2.0, 网络安全法 art 21, 个人信息保护法).

-- Roles: the full set of people who work in Gongkai.
alter table account_user drop constraint account_user_role_check;
alter table account_user add constraint account_user_role_check check (role in
    ('APPLICANT', 'REGISTRAR', 'CASE_OFFICER', 'LEGAL_REVIEWER', 'HEAD_OF_OFFICE', 'STATISTICIAN', 'ADMINISTRATOR'));

-- Lock-out after repeated failures (5 within 15 minutes locks the login for 15 minutes).
alter table account_user add column failed_logins int not null default 0;
alter table account_user add column first_failed_at timestamptz;
alter table account_user add column locked_until timestamptz;
alter table account_user add column oidc_subject varchar(200) unique;

-- Personal data at rest: identity numbers and phone numbers are AES-256-GCM ciphertext ("k<key id>:<base64>"),
-- with an HMAC-SHA-256 blind index of the identity number for exact look-ups. Rows written before this migration
-- hold plaintext; the application re-encrypts them at start (PersonalDataMigration) and on key rotation.
alter table applicant alter column id_document_number type varchar(400);
alter table applicant alter column phone type varchar(400);
alter table applicant add column id_document_index varchar(64);
create index applicant_id_document_index on applicant (id_document_index);

-- The audit log: append-only and hash-chained. Each row's hash covers its content and the previous row's hash,
-- so changing or removing any row breaks the chain from there on (AuditTrail.verify). Kept without expiry;
-- the statutory minimum is 180 days (网络安全法 art 21).
create table audit_event (
    seq          bigint       primary key,
    occurred_at  timestamptz  not null,
    actor_id     uuid,
    actor_name   varchar(100) not null,
    action       varchar(64)  not null,
    object_type  varchar(40),
    object_id    varchar(80),
    result       varchar(16)  not null check (result in ('SUCCESS', 'DENIED', 'FAILED')),
    detail       text         not null,
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create index audit_event_time on audit_event (occurred_at);
create index audit_event_object on audit_event (object_type, object_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Uploaded files (identity proofs, correction material): sniffed type, size and SHA-256, never executed.
create table attachment (
    id           uuid         primary key,
    case_id      uuid         not null references disclosure_case (id),
    purpose      varchar(32)  not null,
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  uuid         not null references account_user (id),
    uploaded_at  timestamptz  not null
);
create index attachment_case on attachment (case_id);
