-- Mixed answers (issue 12 item 4; docs/statute.md#mixed-answers): a request that asks for several things may be
-- answered item by item, each with its own result (one of the statutory outcomes an item can have, OTHER_OTHER
-- meaning 不属于政府信息, 《条例》第二条、第三十七条) and what the reply says for it. The case keeps its one counted
-- outcome (disclosure_case.outcome), derived from the items by the documented rule. An item answered 本机关不掌握
-- says which (信息不存在 with its search record, as case_not_held, or not this agency's). Replaced with each draft.

create table case_answer_item (
    case_id        uuid          not null references disclosure_case (id),
    position       int           not null check (position between 1 and 50),
    item           varchar(500)  not null,
    result         varchar(64)   not null
                   check (result not in ('PARTLY_DISCLOSED', 'NOT_PROCESSED_EXCESSIVE', 'OTHER_CORRECTION_LAPSED',
                                         'OTHER_FEE_UNPAID')),
    explanation    varchar(2000) not null,
    not_held_kind  varchar(32)   check (not_held_kind in ('DOES_NOT_EXIST', 'NOT_THIS_AGENCY')),
    searched_where varchar(500),
    searched_how   varchar(500),
    searched_by    varchar(200),
    searched_on    date,
    primary key (case_id, position),
    check ((result = 'UNAVAILABLE_NOT_HELD') = (not_held_kind is not null)),
    check (not_held_kind is distinct from 'DOES_NOT_EXIST'
           or (searched_where is not null and searched_how is not null and searched_by is not null
               and searched_on is not null))
);
