-- 送达: every document the office issues (回执, 补正告知书, 征求意见书, 收费通知书, 延期答复告知书, 说明理由告知书, 答复书,
-- the documents of an appeal) is served, and the record of its service proves when the addressee received it
-- (docs/clocks.md, "Service"). Owned by the serving module; the subject is the case (or the appeal) it belongs to.
create table serving_record (
    id                 uuid         primary key,
    seq                bigint       generated always as identity,  -- the order records were made in
    subject_id         uuid         not null,
    document           varchar(32)  not null,
    addressee          varchar(200),                 -- null: the applicant
    method             varchar(16)  not null
                       check (method in ('IN_SYSTEM', 'EMAIL', 'SMS_LINK', 'POST', 'IN_PERSON', 'OTHER')),
    tracking_number    varchar(64),
    sent_at            timestamptz  not null,
    sent_by            uuid,
    sent_by_name       varchar(100) not null,
    received_on        date,
    proof              varchar(500),                 -- a tracking page, a signature, how the addressee confirmed
    proof_attachment   uuid,                         -- a scanned 送达回证 (the subject's attachment)
    receipt_by         uuid,
    receipt_by_name    varchar(100),
    receipt_at         timestamptz,
    check (method <> 'POST' or tracking_number is not null),
    check ((received_on is null) = (receipt_at is null)),
    check (received_on is null or receipt_by_name is not null),
    check (received_on is null or proof is not null or proof_attachment is not null or tracking_number is not null)
);
create index serving_record_subject on serving_record (subject_id, sent_at, seq);
