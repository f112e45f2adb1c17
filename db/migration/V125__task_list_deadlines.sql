-- The officers' task list (casework.views.OfficeTaskList) lists every deadline the office owns in one query, one
-- page at a time: the requests' open tasks (by the due date kept on the case, V87), the consultations' windows,
-- the work routed to departments and the answers owed in appeals.

-- The appeals module's read contract for the task list: the answers and defences an agency still owes, with their
-- last day (复议: 《行政复议法》第四十八条、第五十四条; 诉讼: 《行政诉讼法》第六十七条). Casework reads this view, never the
-- appeal table, so the appeal's own columns stay the appeals module's to change.
create view appeal_answer_due as
select a.id as appeal_id, a.reference, a.case_id, a.agency_id, a.kind, a.procedure, a.answer_due_on
from appeal a
where a.status = 'AWAITING_ANSWER' and a.answer_due_on is not null;
comment on view appeal_answer_due is
    'Owned by appeals. The task list''s read contract over the answers and defences owed (see V125).';

-- The open windows and routings are a few rows among every window and routing ever recorded: without these partial
-- indexes the task list's consultation and routing parts would read the whole history of the table on every page.
create index case_clock_stop_open_consultation on case_clock_stop (case_id)
    where kind = 'CONSULTATION' and answered_on is null and not lapsed;
create index case_routing_open_by_case on case_routing (case_id) where answered_on is null;
