-- The annual report counts each request once: in the year it was first answered (or otherwise closed), with that
-- first result. A 重新答复 ordered by a 复议 decision or a judgment reopens the case for handling — closed_on and
-- outcome are cleared, then set again by the new answer — but it never moves the request in table 三 of any year,
-- so a published report never needs restating for it; the correction shows in table 四 (结果纠正).

alter table disclosure_case
    add column counted_closed_on date,
    add column counted_outcome   varchar(64);

update disclosure_case set counted_closed_on = closed_on, counted_outcome = outcome;
-- requests already reopened: their first closing is kept in case_reanswer
update disclosure_case c
set counted_closed_on = r.previous_closed_on, counted_outcome = r.previous_outcome
from (select distinct on (case_id) case_id, previous_closed_on, previous_outcome
      from case_reanswer where previous_closed_on is not null order by case_id, id) r
where r.case_id = c.id;

-- set once, at the first closing, by whatever path closes the case (sign-off, lapse, withdrawal, import, …)
create function disclosure_case_counted_closing() returns trigger language plpgsql as $$
begin
    if new.counted_closed_on is null and new.closed_on is not null then
        new.counted_closed_on := new.closed_on;
        new.counted_outcome := new.outcome;
    end if;
    return new;
end
$$;
create trigger disclosure_case_counted_closing before insert or update on disclosure_case
    for each row execute function disclosure_case_counted_closing();

-- the report's index-only scan (V40) now reads the counted closing
create index disclosure_case_agency_received_counted on disclosure_case (agency_id, received_on)
    include (counted_closed_on, applicant_category, counted_outcome);
drop index disclosure_case_agency_received_report;
