package org.gongkai.disclosure.casework.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.StatutoryClock;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline side effects of the open cases imported from a ledger
 * ({@link HistoricCases}): the case officer is reminded
 * {@value ReplyDeadlines#REMINDER_WORKING_DAYS} working days before the answer is due and
 * the head of the office is alerted once it is overdue, as the process timers do for a
 * case filed in Gongkai.
 * <p>
 * Why not the process: an imported case has no applicant record, no screening or decision
 * steps in Gongkai and is closed from the import page ({@link HistoricCases#close}); a
 * process started for it would put tasks in the task list that nobody can complete. What
 * it needs are two dated side effects, so a watcher finds them: every few minutes on
 * every node ({@link LedgerCaseDeadlineWatch}), the due cases are taken with
 * {@code for update skip locked}, so two nodes never handle the same case, and each
 * effect is written once (the ledger entry is the record that it happened).
 * <p>
 * The due date is the statutory one from the receipt date the ledger records: 20 working
 * days (条例 art 33 ¶1); a ledger records no 补正 or extension to move it.
 */
@Service
public class LedgerCaseDeadlines {

	/** Cases handled per run, so that one run stays a short transaction. */
	static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final Calendars calendars;

	private final CaseLedger ledger;

	LedgerCaseDeadlines(JdbcClient jdbc, Calendars calendars, CaseLedger ledger) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.ledger = ledger;
	}

	/**
	 * Writes the reminders and escalations due {@code today} (Beijing) that have not been
	 * written yet; returns how many it wrote.
	 */
	@Transactional
	public int handleDue(LocalDate today) {
		WorkingCalendar calendar = calendars.current();
		// nothing is due before a reminder, 17 working days after receipt, so at least 17
		// calendar days: a cheap bound before the working-day arithmetic
		List<Due> candidates = jdbc.sql("""
				select d.id, d.reference, d.received_on,
				       exists (select 1 from case_ledger l where l.case_id = d.id and l.action = 'REMINDED') as reminded
				from disclosure_case d
				where d.origin = 'LEDGER' and d.closed_on is null and d.received_on <= :bound
				  and not exists (select 1 from case_ledger l where l.case_id = d.id and l.action = 'ESCALATED')
				order by d.received_on
				limit :batch
				for update of d skip locked""")
			.param("bound", today.minusDays(14))
			.param("batch", BATCH)
			.query((rs, n) -> new Due(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
					rs.getObject("received_on", LocalDate.class), rs.getBoolean("reminded")))
			.list();
		int written = 0;
		for (Due c : candidates) {
			LocalDate dueOn = calendar.addWorkingDays(c.receivedOn(), StatutoryClock.ANSWER_PERIOD_DAYS);
			if (today.isAfter(dueOn)) {
				ledger.append(c.id(), null, CaseLedger.SYSTEM, LedgerAction.ESCALATED, "《条例》第三十三条；第四十七条",
						Map.of("dueOn", dueOn.toString(), "origin", "LEDGER"), AuditLine
							.failed(AuditAction.CASE_OVERDUE, c.reference() + "（台账导入）答复期限 " + dueOn + " 已届满，提请负责人督办"));
				written++;
			}
			else if (!c.reminded()
					&& !today.isBefore(calendar.workingDaysBefore(dueOn, ReplyDeadlines.REMINDER_WORKING_DAYS))) {
				ledger.append(c.id(), null, CaseLedger.SYSTEM, LedgerAction.REMINDED, "《条例》第三十三条",
						Map.of("dueOn", dueOn.toString(), "origin", "LEDGER"));
				written++;
			}
		}
		return written;
	}

	private record Due(CaseId id, String reference, LocalDate receivedOn, boolean reminded) {
	}

}
