-- 条例 art 35: when the number or frequency of requests clearly exceeds a reasonable range, the agency may ask the
-- applicant to explain; the answer clock stops meanwhile (statute.md Part A).
create table case_explanation (
    case_id      uuid        primary key references disclosure_case (id),
    question     text        not null,
    requested_on date        not null,
    due_on       date        not null,
    answered_on  date,
    answer       text,
    lapsed       boolean     not null default false,
    check (due_on >= requested_on)
);
