-- Notifications (module notifications, docs/notifications.md).

-- The transactional outbox: every message to an applicant or a member of staff, written in the transaction of the
-- event it tells of, on every channel it goes out on. In-system messages are delivered by being written (status
-- SENT at once) and are the applicant's 通知 list; e-mail and SMS rows are sent by the worker, which claims PENDING
-- rows (FOR UPDATE SKIP LOCKED), marks them SENDING in its own committed transaction, sends, and marks them SENT,
-- or PENDING again with a later next_attempt_at (exponential back-off), or FAILED after the last attempt. A row left
-- SENDING (a crash between the send and its record) is never sent again automatically: it is reported as stale.
-- The idempotency key (event + recipient + channel) is unique, so an event told twice, or a daily job run twice,
-- writes one row and sends one message.
create table notification_message (
    id              bigint generated always as identity primary key,
    idempotency_key varchar(300)  not null unique,
    event_key       varchar(200)  not null,
    kind            varchar(32)   not null,
    recipient_kind  varchar(16)   not null check (recipient_kind in ('APPLICANT', 'STAFF')),
    recipient_id    uuid          not null,
    channel         varchar(16)   not null check (channel in ('IN_SYSTEM', 'EMAIL', 'SMS')),
    case_id         uuid,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(16)   not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    sending_since   timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    read_at         timestamptz,
    check (channel <> 'IN_SYSTEM' or status = 'SENT')
);
create index notification_message_due on notification_message (next_attempt_at, id) where status = 'PENDING';
create index notification_message_stale on notification_message (sending_since) where status = 'SENDING';
create index notification_message_inbox on notification_message (recipient_kind, recipient_id, created_at desc)
    where channel = 'IN_SYSTEM';

-- What an applicant chose on the profile page: e-mail and SMS besides the in-system list (always on). No row: the
-- default (e-mail if the applicant gave an address, no SMS).
create table notification_preference (
    applicant_id uuid        primary key references applicant (id),
    email        boolean     not null,
    sms          boolean     not null,
    updated_at   timestamptz not null
);

-- Where a member of staff wants the daily digest by e-mail (staff logins carry no e-mail address of their own).
create table notification_staff_address (
    account_id uuid         primary key references account_user (id),
    email      varchar(200) not null,
    updated_at timestamptz  not null
);

-- The applicant's open windows (补正, 缴费, 说明理由), as the case ledger announced them: the reminder three working
-- days before the end and the 「需要您处理」 flag on 我的申请 read them. Closed by the ledger line that ends the wait.
create table notification_window (
    case_id      uuid        not null references disclosure_case (id),
    kind         varchar(16) not null check (kind in ('CORRECTION', 'FEE', 'EXPLANATION')),
    applicant_id uuid        not null,
    due_on       date,
    opened_by    bigint      not null,
    closed_by    bigint,
    primary key (case_id, kind)
);
create index notification_window_open on notification_window (due_on) where closed_by is null;

-- The tasks a member of staff has already been told of in a digest: the next digest's 新任务 are the others.
create table notification_task_seen (
    account_id uuid         not null references account_user (id),
    task       varchar(200) not null,
    seen_on    date         not null,
    primary key (account_id, task)
);
