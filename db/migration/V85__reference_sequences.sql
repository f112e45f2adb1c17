-- Reference numbers without one hot row per agency and year (issue 14). Every filing used to update the same
-- case_reference_counter row, so concurrent filings of one agency queued on its row lock until commit. Now each
-- agency and year has its own PostgreSQL sequence, created on first use: nextval takes no row lock and is never
-- rolled back, so filings do not wait for each other. A number taken by a filing that then fails is not reused:
-- the reference is the office's internal 受理编号, no rule requires it to be gap-free (docs/operations.md).
--
-- case_reference_counter stays as the floor: a ledger import (HistoricCases) raises it past the numbers it
-- brought in, and numbers up to it are never handed out. Advancing past the floor happens once after an import.
create function case_reference_next(p_agency uuid, p_year int) returns bigint
    language plpgsql as
$$
declare
    seq_name    text   := format('case_reference_%s_%s', replace(p_agency::text, '-', ''), p_year);
    floor_value bigint := coalesce((select last_value from case_reference_counter
                                    where agency_id = p_agency and year = p_year), 0);
    drawn       bigint;
begin
    if to_regclass(seq_name) is null then
        -- the first filing of the year for this agency: one creator at a time
        perform pg_advisory_xact_lock(hashtext(seq_name));
        execute format('create sequence if not exists %I', seq_name);
    end if;
    loop
        drawn := nextval(seq_name);
        exit when drawn > floor_value;
    end loop;
    return drawn;
end
$$;
