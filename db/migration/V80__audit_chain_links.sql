-- The audit trail without a global lock on the hot path (issue 14) and with a keyed chain (issue 13).
--
-- A transaction now only inserts its audit line: the number comes from an identity sequence, nothing is read
-- back and nothing is locked, so filings no longer queue behind one advisory lock. A single writer
-- (AuditChain.chainPending, one node at a time under an advisory lock) links the committed lines afterwards, in
-- number order, into audit_link: position, line, and an HMAC-SHA-256 over the previous link's HMAC and the line,
-- keyed with gongkai.audit.chain-key, which never enters the database. The event rows are never updated; the links
-- are a second append-only table. Periodic checkpoints (the last position and its HMAC, themselves keyed) are
-- written outside the database, so that a truncated tail is detected too (docs/security.md, "Audit trail").
--
-- The unkeyed SHA-256 columns go: anyone who can write the table can recompute them, so they proved nothing.
-- Every existing line is linked with the keyed chain by the first chaining run after this migration.

alter table audit_event drop column prev_hash;
alter table audit_event drop column hash;

alter table audit_event alter column seq add generated always as identity;
select setval(pg_get_serial_sequence('audit_event', 'seq'), coalesce(max(seq), 0) + 1, false) from audit_event;

create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

create table audit_link (
    position   bigint      primary key check (position > 0),
    event_seq  bigint      not null unique references audit_event (seq),
    mac        char(64)    not null,
    linked_at  timestamptz not null
);

create trigger audit_link_append_only before update or delete on audit_link
    for each row execute function audit_event_is_append_only();
create trigger audit_link_no_truncate before truncate on audit_link
    for each statement execute function audit_event_is_append_only();
