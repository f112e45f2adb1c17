-- One table for the windows a case waits in while its answer clock stops (docs/clocks.md, "Clock stops"):
-- 补正 (条例 art 30), 缴费 (国办函〔2020〕109号), 征求意见 (arts 32, 34) and 说明理由 (art 35). What every window
-- has lives here once — addressee, sent, served (received by the addressee), its length in working days, its last
-- day, the day the answer arrived, lapse; what only one kind has stays in its own table (the 补正 items, the fee's
-- working, the consulted party's consent, the question asked).
create table case_clock_stop (
    case_id      uuid         not null references disclosure_case (id),
    kind         varchar(16)  not null check (kind in ('CORRECTION', 'FEE', 'CONSULTATION', 'EXPLANATION')),
    addressee    varchar(200),                  -- null: the applicant; else the consulted third party or agency
    sent_on      date         not null,
    served_on    date,
    working_days int          check (working_days between 1 and 1000),
    due_on       date,
    answered_on  date,
    lapsed       boolean      not null default false,
    primary key (case_id, kind),
    check (served_on is null or served_on >= sent_on),
    check ((served_on is null) = (due_on is null)),
    check (due_on is null or due_on >= served_on),
    check (answered_on is null or not lapsed)
);

-- Every window before this version ran from the day its notice was sent.
insert into case_clock_stop (case_id, kind, addressee, sent_on, served_on, working_days, due_on, answered_on, lapsed)
select case_id, 'CORRECTION', null, notified_on, notified_on, working_days, due_on, answered_on, lapsed
from case_correction;
insert into case_clock_stop (case_id, kind, addressee, sent_on, served_on, working_days, due_on, answered_on, lapsed)
select case_id, 'FEE', null, notified_on, notified_on, working_days, due_on, paid_on, lapsed
from case_fee;
insert into case_clock_stop (case_id, kind, addressee, sent_on, served_on, working_days, due_on, answered_on, lapsed)
select k.case_id, 'CONSULTATION', k.party_name, k.sent_on, k.sent_on, k.working_days, k.due_on, k.answered_on,
       k.answered_on is null and c.status <> 'AWAITING_CONSULTATION'  -- the party stayed silent
from case_consultation k join disclosure_case c on c.id = k.case_id;
insert into case_clock_stop (case_id, kind, addressee, sent_on, served_on, working_days, due_on, answered_on, lapsed)
select case_id, 'EXPLANATION', null, requested_on, requested_on, working_days, due_on, answered_on, lapsed
from case_explanation;

-- the report's read contract over fee notices (V70) reads the columns that move; it is created again below with
-- the same columns and meaning
drop view fee_report;

alter table case_correction   drop column notified_on, drop column due_on, drop column answered_on,
                              drop column lapsed, drop column working_days;
alter table case_fee          drop column notified_on, drop column due_on, drop column paid_on,
                              drop column lapsed, drop column working_days;
alter table case_consultation drop column party_name, drop column sent_on, drop column due_on, drop column answered_on,
                              drop column working_days;
alter table case_explanation  drop column requested_on, drop column due_on, drop column answered_on,
                              drop column lapsed, drop column working_days;

-- The annual report's read contract over fee notices (V70), unchanged for its reader: one row per notice.
create view fee_report as
select f.case_id, c.reference, c.agency_id, w.sent_on as notified_on, w.answered_on as paid_on, f.amount_yuan
from case_fee f
join case_clock_stop w on w.case_id = f.case_id and w.kind = 'FEE'
join disclosure_case c on c.id = f.case_id;
comment on view fee_report is
    'Owned by casework. The annual report''s read contract over fee notices: one row per notice (see V70, V100).';
