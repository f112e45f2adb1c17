-- 信息处理费 (国办函〔2020〕109号) and consultations (条例 arts 32, 34): both stop the answer clock.

create table case_fee (
    case_id                   uuid        primary key references disclosure_case (id),
    mode                      varchar(16) not null check (mode in ('PER_REQUEST', 'PER_VOLUME')),
    quantity                  int         not null check (quantity > 0),
    prior_requests_this_month int         not null check (prior_requests_this_month >= 0),
    amount_yuan               bigint      not null check (amount_yuan > 0),
    explanation               text        not null,
    notified_on               date        not null,
    due_on                    date        not null,
    paid_on                   date,
    lapsed                    boolean     not null default false,
    check (paid_on is null or not lapsed)
);

create table case_consultation (
    case_id      uuid         primary key references disclosure_case (id),
    party_kind   varchar(16)  not null check (party_kind in ('THIRD_PARTY', 'OTHER_AGENCY')),
    party_name   varchar(200) not null,
    matter       text         not null,
    sent_on      date         not null,
    due_on       date         not null,
    answered_on  date,
    consented    boolean,
    reasons      text
);
