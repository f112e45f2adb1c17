-- Redaction (issue 11 item 2): the boxes an officer draws on a partly disclosed PDF, each with its 不予公开 ground
-- (one of the eight leaves of （三）不予公开, as in case_withheld_part) and its reason. The boxes are the source of
-- the case's withheld parts for released records: the redacted copy, the 部分公开 outcome, the reasons paragraph of
-- the 答复书 and the report follow from them. Coordinates are fractions of the displayed page, origin top left.

create table case_redaction_box (
    attachment_id uuid          not null references attachment (id) on delete cascade,
    position      int           not null check (position between 1 and 500),
    page          int           not null check (page >= 1),
    x             numeric(9, 8) not null check (x >= 0 and x <= 1),
    y             numeric(9, 8) not null check (y >= 0 and y <= 1),
    width         numeric(9, 8) not null check (width > 0 and x + width <= 1.000001),
    height        numeric(9, 8) not null check (height > 0 and y + height <= 1.000001),
    ground        varchar(64)   not null check (ground like 'WITHHELD\_%'),
    reason        varchar(2000) not null,
    primary key (attachment_id, position)
);
