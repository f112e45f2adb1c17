-- Issue 16: the report's drill-down links each request to its case page; a request imported from a ledger has
-- none (no applicant, no process), so the read contract says where a request came from.
--   origin   SYSTEM (handled in Gongkai: it has a case page) | LEDGER (imported from an agency's ledger)
create or replace view case_report as
select c.id, c.reference, c.agency_id, c.applicant_category, c.channel, c.received_on,
       c.counted_closed_on, c.counted_outcome,
       exists (select 1 from case_extension x where x.case_id = c.id and x.approved) as extended,
       c.origin
from disclosure_case c;
comment on view case_report is
    'Owned by casework. The annual report''s read contract over requests: one row per request with its first closing and its origin (see V70, V120).';
