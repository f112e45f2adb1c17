-- Issued letters are frozen as content when issued and rendered to PDF and .docx when first read (issue 14, intake).
-- The 回执 of every online filing was rendered right after the filing committed: two thirds of the node's CPU per
-- filing (docs/operations.md, "Where a filing's time goes"), for a letter most applicants never download. Now the
-- act's own transaction stores the letter's content (`content`, the Letter as JSON: 文号, date, addressee,
-- paragraphs, legal basis, remedy notice), so the letter is issued with the act or not at all; the first read of the
-- case's letters renders it and stores the bytes and their SHA-256, and every later read returns those bytes.
alter table case_letter add column content jsonb;
alter table case_letter alter column pdf drop not null;
alter table case_letter alter column pdf_sha256 drop not null;
alter table case_letter alter column docx drop not null;
alter table case_letter alter column docx_sha256 drop not null;
alter table case_letter add constraint case_letter_rendered_or_content check (
    (pdf is null) = (pdf_sha256 is null) and (docx is null) = (docx_sha256 is null)
    and (pdf is null) = (docx is null) and (content is not null or pdf is not null));

-- Still append-only, with one exception: the rendering of a letter stored unrendered, once, adding the bytes with
-- their true SHA-256 and changing nothing else.
create or replace function case_letter_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.pdf is null and new.pdf is not null and new.docx is not null
       and new.pdf_sha256 = encode(sha256(new.pdf), 'hex') and new.docx_sha256 = encode(sha256(new.docx), 'hex')
       and to_jsonb(new) - array['pdf', 'pdf_sha256', 'docx', 'docx_sha256']
           = to_jsonb(old) - array['pdf', 'pdf_sha256', 'docx', 'docx_sha256'] then
        return new;
    end if;
    raise exception 'case_letter is append-only (% refused)', tg_op;
end;
$$;
