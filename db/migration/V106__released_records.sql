-- The released records (issue 11 item 1): the government information disclosed with a reply, kept with the case's
-- other files in `attachment`. A record is released as it is (公开, FULL) or partly (部分公开, PARTIAL): a partly
-- released original stays with the officers and the applicant receives its redacted copy (REDACTED_RECORD, which
-- names its original). Large files are read back in slices (substring), so the content is stored uncompressed
-- and out of line: a slice then reads only its own TOAST chunks.

alter table attachment add column disclosure varchar(16) check (disclosure in ('FULL', 'PARTIAL'));
alter table attachment add column redacted_from uuid references attachment (id);
alter table attachment add column uploaded_by_agency uuid references agency (id);
alter table attachment add constraint attachment_released_record check (
    (purpose = 'RELEASED_RECORD') = (disclosure is not null)
    and (purpose = 'REDACTED_RECORD') = (redacted_from is not null));
create unique index attachment_one_redaction on attachment (redacted_from) where redacted_from is not null;
alter table attachment alter column content set storage external;
