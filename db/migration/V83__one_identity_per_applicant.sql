-- One person, one identity (issue 13 item 1): an identity number belongs to at most one applicant.
--
-- identity_check is null for the holder of a number. Any other record with the same number is kept, with every
-- detail as typed, but flagged for an identity check at the office and never treated as the holder:
--   DUPLICATE_NUMBER   a record that shared its number with an earlier one before this migration;
--   REGISTRATION_HELD  a self-registration with a number already held (no login was created for it);
--   NAME_MISMATCH      an offline filing for a held number under a different name.
alter table applicant add column identity_check varchar(40)
    check (identity_check in ('DUPLICATE_NUMBER', 'REGISTRATION_HELD', 'NAME_MISMATCH'));

-- Existing duplicates: the earliest record keeps the number, the later ones are flagged (nothing is deleted or merged;
-- their cases stay theirs).
update applicant later set identity_check = 'DUPLICATE_NUMBER'
where later.id_document_index is not null
  and exists (select 1 from applicant earlier
              where earlier.id_document_type = later.id_document_type
                and earlier.id_document_index = later.id_document_index
                and (earlier.created_at, earlier.id) < (later.created_at, later.id));

create unique index applicant_one_holder_per_identity on applicant (id_document_type, id_document_index)
    where identity_check is null;
