-- Why a statutory clock restarted with a fresh full period, as a column instead of a match on the legal-basis text:
--   CORRECTION  the 补正 arrived (条例 art 30: the period counts from receipt of the corrected request)
--   REANSWER    a 行政复议 decision or a judgment ordered the request answered again (重新答复): a fresh period from
--               receipt of the decision; an extension granted before it does not carry over
-- Owner: deadlines. Only RESTARTED periods have a reason.
alter table deadline_clock_period
    add column restart_reason varchar(16) check (restart_reason in ('CORRECTION', 'REANSWER'));

-- backfill from the legal basis each restart was written with (CaseReanswers: 「重新答复（《条例》第三十三条，…）」)
update deadline_clock_period
set restart_reason = case when legal_basis like '%重新答复%' then 'REANSWER' else 'CORRECTION' end
where kind = 'RESTARTED';

alter table deadline_clock_period
    add constraint deadline_clock_period_restart_reason check ((kind = 'RESTARTED') = (restart_reason is not null));
