-- 个人信息查阅、复制 requests (《个人信息保护法》第四十四条、第四十五条) have their own route (issue 12 item 6;
-- docs/statute.md#pipl-route). A registrar who finds that a received request asks to consult or copy the applicant's
-- own personal information marks it here: the case ends (its record needs an ending: （六）3 其他, V1's check) and the
-- applicant is told where to send it, but it is not a 政府信息公开申请 and the annual report does not count it at all.
create table case_pipl_referral (
    case_id      uuid primary key references disclosure_case (id),
    route        varchar(1000) not null,
    referred_by  uuid          not null,
    referred_on  date          not null
);

-- Owner: casework. The read contract of V70, unchanged in columns and meaning: one row per 政府信息公开申请 — a request
-- referred to the personal-information route is none, so it is left out (an anti-join on the small referral table;
-- the report's scan of disclosure_case stays index-only).
create or replace view case_report as
select c.id, c.reference, c.agency_id, c.applicant_category, c.channel, c.received_on,
       c.counted_closed_on, c.counted_outcome,
       exists (select 1 from case_extension x where x.case_id = c.id and x.approved) as extended
from disclosure_case c
where not exists (select 1 from case_pipl_referral p where p.case_id = c.id);
comment on view case_report is
    'Owned by casework. The annual report''s read contract over requests: one row per 政府信息公开申请 with its first closing (see V70); requests referred to the 个人信息保护法 route (V115) are none.';
