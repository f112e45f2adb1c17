-- The length, in working days, of each window a case waits in (补正, 缴费, 征求意见, 说明理由), as it was set.
-- Loading a year of the working-day calendar re-dates a pending window from its start and this length
-- (docs/clocks.md, "Years without a notice"); the stored due date alone cannot say how long the window was.
alter table case_correction  add column working_days int check (working_days between 1 and 1000);
alter table case_fee         add column working_days int check (working_days between 1 and 1000);
alter table case_consultation add column working_days int check (working_days between 1 and 1000);
alter table case_explanation add column working_days int check (working_days between 1 and 1000);

-- Rows written before this version: count the window on the calendar they were dated on — Monday to Friday
-- plus the loaded exceptions (a year without data was counted Monday to Friday until this version).
create function pg_temp.working_days_between(first date, last date) returns int language sql stable as $$
    select count(*)::int
    from generate_series(first + 1, last, interval '1 day') as g(day)
    left join deadline_calendar_day c on c.day = g.day::date
    where coalesce(c.kind = 'WORKDAY', extract(isodow from g.day) < 6)
$$;

update case_correction   set working_days = nullif(pg_temp.working_days_between(notified_on, due_on), 0);
update case_fee          set working_days = nullif(pg_temp.working_days_between(notified_on, due_on), 0);
update case_consultation set working_days = nullif(pg_temp.working_days_between(sent_on, due_on), 0);
update case_explanation  set working_days = nullif(pg_temp.working_days_between(requested_on, due_on), 0);
