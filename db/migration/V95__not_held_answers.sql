-- 本机关不掌握相关政府信息, told apart (issue 12 item 3; docs/statute.md#not-held): the one report row （四）1 covers
-- two answers of 《条例》第三十六条 — （四） the information does not exist (经检索没有), which rests on a search record
-- (where and how the office searched, by whom, when), and （五） it is not this agency's to disclose (the agency
-- that holds it, where known, stays in disclosure_case.referred_agency / referred_contact). Replaced with each draft.

create table case_not_held (
    case_id        uuid         primary key references disclosure_case (id),
    kind           varchar(32)  not null check (kind in ('DOES_NOT_EXIST', 'NOT_THIS_AGENCY')),
    searched_where varchar(500),
    searched_how   varchar(500),
    searched_by    varchar(200),
    searched_on    date,
    check (kind <> 'DOES_NOT_EXIST'
           or (searched_where is not null and searched_how is not null and searched_by is not null
               and searched_on is not null))
);
