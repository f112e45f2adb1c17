-- Historic ledger (台账) import of appeals (issue 5 item 8). An appeal either came through Gongkai (origin SYSTEM:
-- registered from the copy of the 复议申请书 or 起诉状, with its answer deadline and an AppealProcess) or from an
-- agency's ledger (origin LEDGER: only what the ledger records — the request, the kind, the filing and closing dates
-- and the section 四 result category; no process, no deadline, no decision type).
alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_check check (kind in ('REQUESTS', 'APPEALS'));

alter table appeal add column origin varchar(16) not null default 'SYSTEM' check (origin in ('SYSTEM', 'LEDGER'));
alter table appeal add column import_id uuid;
-- The ledger gives the result category of section 四 (维持/纠正/其他), not a decision type: it is kept as such and
-- counted in that column; an appeal handled in Gongkai is counted through appeal_result_mapping instead.
alter table appeal add column ledger_result varchar(16) check (ledger_result in ('UPHELD', 'CORRECTED', 'OTHER'));
-- A ledger does not record when the copy was received, the procedure or the answer deadline.
alter table appeal alter column copy_received_on drop not null;
alter table appeal alter column procedure drop not null;
alter table appeal alter column answer_due_on drop not null;

-- V20's "decision type iff decided" becomes: a product appeal is decided iff it has a decision type; a ledger appeal
-- is closed iff it has a ledger result, and never has a decision type.
do $$
declare
    name text;
begin
    select conname into name from pg_constraint
    where conrelid = 'appeal'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%(decision_type IS NULL) = (decided_on IS NULL)%';
    execute format('alter table appeal drop constraint %I', name);
end;
$$;
alter table appeal add constraint appeal_result_consistent check (
    (origin = 'SYSTEM' and ledger_result is null and (decision_type is null) = (decided_on is null))
    or (origin = 'LEDGER' and decision_type is null and (ledger_result is null) = (decided_on is null)));
alter table appeal add constraint appeal_origin_consistent check (
    (origin = 'SYSTEM' and import_id is null and copy_received_on is not null and procedure is not null
        and answer_due_on is not null)
    or (origin = 'LEDGER' and import_id is not null and predecessor_id is null
        and instance is distinct from 'SECOND' and answered_on is null and decision_received_on is null
        and status in ('AWAITING_DECISION', 'DECIDED') and (status = 'DECIDED') = (decided_on is not null)));
create index appeal_import on appeal (import_id) where import_id is not null;
