-- Idempotent online filing (issue 14): the applicant's client sends an Idempotency-Key with a filing; it is kept
-- with the case together with a fingerprint of what was filed. A retry with the same key (the first answer was
-- lost after the commit) finds this case instead of filing a duplicate that the annual report would count twice;
-- the same key with a different request is refused. Keys are the applicant's own: unique per applicant.
alter table disclosure_case add column idempotency_key varchar(100);
alter table disclosure_case add column request_fingerprint char(64);
alter table disclosure_case add constraint disclosure_case_idempotency_pair
    check ((idempotency_key is null) = (request_fingerprint is null));
create unique index disclosure_case_applicant_idempotency on disclosure_case (applicant_id, idempotency_key)
    where idempotency_key is not null;
