-- Issue 16: a ledger import reports at most one problem per cell, shows the first 50 on its page and offers every
-- problem as a CSV download; and it shows back the words of the ledger it read as another label of the format
-- (企业 → 商业企业). The job keeps its first problems in errors (as before), the count of all of them in
-- problem_count, and the synonyms read in mappings; every problem is a row of import_problem, in the order found.
alter table import_job add column problem_count int not null default 0;
alter table import_job add column mappings jsonb not null default '[]'::jsonb;
update import_job set problem_count = jsonb_array_length(errors);

create table import_problem (
    job_id      uuid         not null references import_job (id) on delete cascade,
    seq         int          not null,
    line        int          not null,
    column_name varchar(40),
    reason      varchar(400) not null,
    primary key (job_id, seq)
);
