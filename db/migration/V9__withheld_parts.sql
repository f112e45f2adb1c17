-- 部分公开 (条例 art 37): the parts withheld from a partly disclosed reply, each with its ground — one of the
-- 不予公开 outcomes of the report table (arts 14–16) — and the reasons given to the applicant. Replaced with each draft.

create table case_withheld_part (
    case_id   uuid         not null references disclosure_case (id),
    position  int          not null check (position between 1 and 50),
    part      varchar(500) not null,
    ground    varchar(64)  not null check (ground like 'WITHHELD\_%'),
    reason    text         not null,
    primary key (case_id, position)
);
