-- V115 left requests referred to the 个人信息保护法 route out of case_report; V120, written beside it, added the
-- origin column to the view as it stood before V115 and so brought them back. One view with both: origin, and
-- no referred request (docs/statute.md#pipl-route, docs/report-read-contract.md).
create or replace view case_report as
select c.id, c.reference, c.agency_id, c.applicant_category, c.channel, c.received_on,
       c.counted_closed_on, c.counted_outcome,
       exists (select 1 from case_extension x where x.case_id = c.id and x.approved) as extended,
       c.origin
from disclosure_case c
where not exists (select 1 from case_pipl_referral p where p.case_id = c.id);
comment on view case_report is
    'Owned by casework. The annual report''s read contract over requests: one row per 政府信息公开申请 with its first closing and its origin (see V70, V120); requests referred to the 个人信息保护法 route (V115) are none.';
