-- Letters frozen when issued (issue 11 item 6). Issuing a letter (回执 on receipt, 补正告知书, 延期答复告知书, 收费通知书,
-- 征求意见书, 说明理由告知书, 答复书, 致第三方的告知书) stores the PDF and the .docx exactly as rendered then, with their
-- SHA-256, the 文号 and the issue time; every later download returns these bytes. A corrected letter is a new
-- version naming the one it replaces. Append-only: the database refuses UPDATE, DELETE and TRUNCATE.

create table case_letter (
    id                uuid         primary key,
    case_id           uuid         not null references disclosure_case (id),
    kind              varchar(32)  not null,
    version           int          not null check (version >= 1),
    document_number   varchar(200) not null,
    letter_date       date         not null,
    issued_at         timestamptz  not null,
    issued_by         uuid         references account_user (id),
    replaces          uuid         references case_letter (id),
    correction_reason text,
    pdf               bytea        not null,
    pdf_sha256        char(64)     not null,
    docx              bytea        not null,
    docx_sha256       char(64)     not null,
    unique (case_id, kind, version),
    check ((version = 1) = (replaces is null))
);
create index case_letter_case on case_letter (case_id, issued_at);

create function case_letter_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_letter is append-only (% refused)', tg_op;
end;
$$;
create trigger case_letter_append_only before update or delete on case_letter
    for each row execute function case_letter_is_append_only();
create trigger case_letter_no_truncate before truncate on case_letter
    for each statement execute function case_letter_is_append_only();
