-- Delivery of replies (送达), referral to the agency that holds the information (条例 art 36(五)), and the
-- similarity index behind duplicate suggestions (pg_trgm; suggestions only, never automatic decisions).

create table case_delivery (
    case_id      uuid         primary key references disclosure_case (id),
    method       varchar(32)  not null,
    delivered_on date         not null,
    detail       varchar(300),
    recorded_by  uuid references account_user (id),
    recorded_at  timestamptz  not null
);

alter table disclosure_case add column referred_agency varchar(200);
alter table disclosure_case add column referred_contact varchar(200);

create extension if not exists pg_trgm;
create index disclosure_case_information_trgm on disclosure_case using gin (information_sought gin_trgm_ops);

create table case_link (
    case_id         uuid         not null references disclosure_case (id),
    related_case_id uuid         not null references disclosure_case (id),
    linked_by       uuid         not null references account_user (id),
    linked_at       timestamptz  not null,
    note            varchar(500),
    primary key (case_id, related_case_id),
    check (case_id <> related_case_id)
);
