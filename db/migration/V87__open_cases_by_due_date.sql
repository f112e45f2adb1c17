-- The task list, one page at a time, most urgent first, without reading every open case (issue 14): the answer due
-- date of an open case is kept on the case (null while its clock is stopped), and the agency's open cases are read
-- in due-date order from this index until the page is full. casework.CaseDueDates keeps the column current: after
-- every change of the case's clock (deadlines.ClockChanged) and of the calendar (CaseRedating); cases filed before
-- this version get theirs when the application starts.
alter table disclosure_case add column answer_due_on date;
create index disclosure_case_open_by_due on disclosure_case (agency_id, answer_due_on, reference)
    where closed_on is null;
