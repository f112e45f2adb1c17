-- The annual report's read contract. Reporting never names another module's table: it reads these views, each
-- owned by the module that owns the tables under it, which may change its tables freely as long as its view keeps
-- the columns and meaning stated here (ReportReadContractTest fails if reporting's SQL names a table). The views
-- are plain (never materialised): PostgreSQL flattens them into the report's queries, so the report's aggregation
-- is still the index-only scan of disclosure_case_agency_received_counted (V60) — columns a query does not read,
-- such as the extension flag, are never computed.

-- Owner: casework (disclosure_case, case_extension).
-- Contract: one row per request, as the annual report counts it.
--   id, reference, agency_id        the request, its reference and the agency that received it
--   applicant_category              the applicant's category when the request was filed (table 三's columns)
--   channel                         how it was received (the older local formats' rows)
--   received_on                     the date of receipt fixed by 条例 art 31 (day 0)
--   counted_closed_on,              the request's FIRST closing and its result, set once (V60): a 重新答复 never
--   counted_outcome                 moves a request between years or results; null while never closed
--   extended                        an extension of the answer period (条例 art 33 ¶2) was approved
create view case_report as
select c.id, c.reference, c.agency_id, c.applicant_category, c.channel, c.received_on,
       c.counted_closed_on, c.counted_outcome,
       exists (select 1 from case_extension x where x.case_id = c.id and x.approved) as extended
from disclosure_case c;
comment on view case_report is
    'Owned by casework. The annual report''s read contract over requests: one row per request with its first closing (see V70).';

-- Owner: casework (case_fee, disclosure_case).
-- Contract: one row per 信息处理费 notice (《政府信息公开信息处理费管理办法》), with its request.
--   case_id, reference, agency_id   the request the fee was charged on and its agency
--   notified_on                     the day the 收费通知 was issued
--   paid_on                         the day it was paid, null if not (yet) paid
--   amount_yuan                     the amount in yuan
create view fee_report as
select f.case_id, c.reference, c.agency_id, f.notified_on, f.paid_on, f.amount_yuan
from case_fee f
join disclosure_case c on c.id = f.case_id;
comment on view fee_report is
    'Owned by casework. The annual report''s read contract over fee notices: one row per notice (see V70).';

-- Owner: appeals (appeal, appeal_result_mapping).
-- Contract: one row per appeal as section 四 counts it — a 行政复议, or a lawsuit as its first instance — with the
-- decision that stands: a second instance's judgment replaces the first instance's, except 驳回上诉、维持原判
-- (APPEAL_DISMISSED), under which the first instance's stands.
--   id, reference, case_reference   the appeal and the request it is about
--   agency_id                       the original organ (原行为主体); a 复议机关 as co-defendant is not here
--   kind, route                     REVIEW | LITIGATION; a lawsuit's DIRECT | AFTER_REVIEW
--   filed_on                        the day it was filed
--   decision_type, decided_on       the standing decision and its date; null while undecided
--   result_category                 UPHELD | CORRECTED | OTHER: the standing decision's category in the
--                                   administrator's appeal_result_mapping, or the category an imported ledger gives;
--                                   null when decided with a decision type that has no category
create view appeal_report as
select a.id, a.reference, a.case_reference, a.agency_id, a.kind, a.route, a.filed_on,
       d.decision_type, d.decided_on,
       case when d.decided_on is null then null else coalesce(m.result, a.ledger_result) end as result_category
from appeal a
left join appeal s on s.predecessor_id = a.id and s.instance = 'SECOND'
cross join lateral (
    select case when s.id is null then a.decision_type
                when s.decision_type = 'APPEAL_DISMISSED' then a.decision_type
                else s.decision_type end                               as decision_type,
           case when s.id is null then a.decided_on else s.decided_on end as decided_on) d
left join appeal_result_mapping m on m.decision_type = d.decision_type
where a.instance is null or a.instance = 'FIRST';
comment on view appeal_report is
    'Owned by appeals. The annual report''s read contract over appeals: one row per counted appeal with its standing decision (see V70).';
