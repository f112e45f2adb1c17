-- 《条例》第三十五条 as each agency applies it (issue 12 item 7; docs/statute.md#art-35): the 延迟答复的合理期限 the agency
-- sets for requests whose reasons it accepts but cannot answer within art 33's period (printed in the 说明理由告知书),
-- and whether the reply clock stops while the applicant's reasons are awaited, with the basis the agency relies on.
-- No row: the defaults of docs/statute.md Part A (20 working days; the clock stops).
create table case_art35_setting (
    agency_id            uuid primary key references agency (id),
    delay_working_days   int          not null check (delay_working_days between 1 and 60),
    clock_while_awaiting varchar(16)  not null check (clock_while_awaiting in ('STOPS', 'RUNS')),
    local_basis          varchar(500),
    updated_by           uuid         not null,
    updated_at           timestamptz  not null
);


-- what applied to each request for reasons when it was made, so that its letter and clock never change afterwards:
-- whether the clock stopped, and the 延迟答复 period the letter announced (null for requests made before V116: the
-- clock stopped, no period was announced)
alter table case_explanation
    add column clock_stops        boolean,
    add column delay_working_days int check (delay_working_days > 0);
