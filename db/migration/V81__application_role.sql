-- The application's database role is not the owner of the audit trail (issue 13 item 3).
--
-- Flyway runs as the owner (spring.flyway.user), the application connects as ${app_role} (spring.datasource.username,
-- default gongkai_app). The application may read and write its own tables, and create the engine's ACT_* tables,
-- but on the audit tables it may only SELECT and INSERT: it cannot UPDATE, DELETE or TRUNCATE a line, and as it owns
-- neither table it cannot disable their triggers, drop them or alter them. docs/operations.md shows how a DBA creates
-- both roles; where the role does not exist yet (a test database, a first local run) it is created here without login.

do $$
begin
    if not exists (select from pg_roles where rolname = '${app_role}') then
        begin
            create role ${app_role} nologin;
        exception when insufficient_privilege then
            raise exception 'role ${app_role} does not exist and % may not create it: create it first (docs/operations.md)',
                current_user;
        end;
    end if;
    if '${app_role}' = current_user then
        raise exception 'the application role ${app_role} must not be the migration (owner) role %', current_user;
    end if;
end;
$$;

grant usage, create on schema ${flyway:defaultSchema} to ${app_role};
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${app_role};
grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${app_role};
-- tables and sequences the owner creates in later migrations
alter default privileges in schema ${flyway:defaultSchema}
    grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema ${flyway:defaultSchema}
    grant usage, select on sequences to ${app_role};

-- the audit trail: read and append, nothing else
revoke all on audit_event, audit_link, ${flyway:table} from ${app_role};
grant select, insert on audit_event, audit_link to ${app_role};
