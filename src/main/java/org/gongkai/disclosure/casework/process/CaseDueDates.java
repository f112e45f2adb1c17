package org.gongkai.disclosure.casework.process;

import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.deadlines.ClockChanged;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each open case's answer due date on the case ({@code answer_due_on}, null while
 * the clock is stopped), so that the task list reads an agency's open cases in due-date
 * order from an index, one page at a time. The due date itself is always
 * {@link ReplyDeadlines#dueDate}: this is a copy for ordering, refreshed in the
 * transaction of every change that can move it.
 */
@Component
class CaseDueDates {

	private final JdbcClient jdbc;

	private final ReplyDeadlines deadlines;

	CaseDueDates(JdbcClient jdbc, ReplyDeadlines deadlines) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
	}

	@EventListener
	void on(ClockChanged change) {
		refresh(change.caseId());
	}

	/** Copies the case's current due date onto the case. */
	void refresh(UUID caseId) {
		jdbc.sql("update disclosure_case set answer_due_on = ? where id = ?")
			.params(deadlines.dueDate(caseId).date(), caseId)
			.update();
	}

	/**
	 * Cases filed before the due date was kept on the case get it on the first start of
	 * this version (and a stopped clock's null is recomputed, a few rows).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void fillInMissing() {
		List<UUID> missing = jdbc.sql("""
				select id from disclosure_case d
				where closed_on is null and answer_due_on is null
				  and exists (select 1 from deadline_clock_period p where p.case_id = d.id)""")
			.query(UUID.class)
			.list();
		missing.forEach(this::refresh);
	}

}
