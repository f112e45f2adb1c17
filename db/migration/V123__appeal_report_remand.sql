-- Section 四 (issue 12 item 7): 二审发回重审. A second instance that sets the judgment aside and sends the case back
-- (APPEAL_REMANDED, 行政诉讼法 art 89 ¶1 (三)(四)) does not end the suit: the court of first instance retries it, and
-- the office registers the retrial as a new first instance whose predecessor is the remanding second instance. The
-- report counts by case, not by instance (国办公开办函〔2016〕201号), so the chain 一审 → 二审发回重审 → 重审一审 (→ its
-- 二审 …) is ONE lawsuit: the row of the original first instance, in its route's column and with its filing date,
-- 尚未审结 until the chain's last decision, which is then its result. A retrial is never a row of its own.
-- The remand has no result category of its own and so no row in appeal_result_mapping (docs/appeals.md#remand).
--
-- Owner: appeals (appeal, appeal_result_mapping). Contract (columns and meaning as in V70, extended):
-- one row per appeal as section 四 counts it — a 行政复议, or a lawsuit as its first instance (never a retrial) —
-- with the decision that stands: that of the chain's last first instance (the original, or the retrial of the
-- latest remand), replaced by its second instance's judgment except 驳回上诉、维持原判 (APPEAL_DISMISSED), under
-- which the first instance's stands; null (pending) while any instance of the chain is undecided, including a
-- remand whose retrial is not yet registered.
create or replace view appeal_report as
select a.id, a.reference, a.case_reference, a.agency_id, a.kind, a.route, a.filed_on,
       d.decision_type, d.decided_on,
       case when d.decided_on is null then null else coalesce(m.result, a.ledger_result) end as result_category
from appeal a
-- the chain's last first instance: the suit itself, or the retrial after its latest remand (one per remand)
cross join lateral (
    with recursive trial (id, decision_type, decided_on, depth) as (
        select a.id, a.decision_type, a.decided_on, 0
        union all
        select r.id, r.decision_type, r.decided_on, t.depth + 1
        from trial t
        join appeal s on s.predecessor_id = t.id and s.instance = 'SECOND' and s.decision_type = 'APPEAL_REMANDED'
        join appeal r on r.predecessor_id = s.id and r.instance = 'FIRST')
    select trial.id, trial.decision_type, trial.decided_on from trial order by depth desc limit 1) t
left join appeal s on s.predecessor_id = t.id and s.instance = 'SECOND'
cross join lateral (
    select cast(case when s.id is null then t.decision_type
                     when s.decision_type = 'APPEAL_DISMISSED' then t.decision_type
                     when s.decision_type = 'APPEAL_REMANDED' then null
                     else s.decision_type end as varchar(48))            as decision_type,
           case when s.id is null then t.decided_on
                when s.decision_type = 'APPEAL_REMANDED' then null
                else s.decided_on end                                    as decided_on) d
left join appeal_result_mapping m on m.decision_type = d.decision_type
where a.instance is null
   or a.instance = 'FIRST'
      and not exists (select 1 from appeal p where p.id = a.predecessor_id and p.instance = 'SECOND');
comment on view appeal_report is
    'Owned by appeals. The annual report''s read contract over appeals: one row per counted appeal (a 复议, or a lawsuit as its first instance, a retrial folded in) with its standing decision (see V70, V123).';
