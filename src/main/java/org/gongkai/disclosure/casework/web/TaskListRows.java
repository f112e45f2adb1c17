package org.gongkai.disclosure.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.OfficeDeadlines;
import org.gongkai.disclosure.casework.Urgency;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The task list's rows with their urgency: the reply deadline in working days left, and
 * for a request still to be screened the last day to send a 补正 notice (条例 art 30: once,
 * within 7 working days of receipt); and the deadlines other modules keep for the office
 * ({@link OfficeDeadlines}, the appeals' answers).
 */
@Component
class TaskListRows {

	private final CaseCorrections corrections;

	private final Calendars calendars;

	private final ObjectProvider<OfficeDeadlines> others;

	private final Clock clock;

	TaskListRows(CaseCorrections corrections, Calendars calendars, ObjectProvider<OfficeDeadlines> others,
			Clock clock) {
		this.corrections = corrections;
		this.calendars = calendars;
		this.others = others;
		this.clock = clock;
	}

	List<Row> of(List<CaseViews.TaskItem> tasks) {
		LocalDate today = ReplyDeadlines.today(clock);
		WorkingCalendar calendar = calendars.current();
		return tasks.stream().map(t -> {
			LocalDate due = t.summary().due() == null ? null : t.summary().due().date();
			Urgency reply = due == null ? null : Urgency.of(due, today, calendar);
			Urgency notice = DisclosureRequestProcess.Elements.TASK_SCREEN.equals(t.taskKey())
					? Urgency.of(corrections.noticeDeadline(t.summary().theCase().receivedOn()), today, calendar)
					: null;
			return new Row(t, reply, notice);
		}).toList();
	}

	/** Each other module's list, only those with something open. */
	List<Other> others(GongkaiUser officer) {
		return others.orderedStream()
			.map(o -> new Other(o.title(), o.openFor(officer)))
			.filter(o -> !o.deadlines().isEmpty())
			.toList();
	}

	/**
	 * A row: the task, its reply deadline (null while the clock is stopped) and, at
	 * screening, the 补正 notice limit.
	 */
	record Row(CaseViews.TaskItem task, Urgency reply, Urgency correctionNotice) {

		/** The more urgent of the two, for the row's colour. */
		public String cssClass() {
			if ((reply != null && reply.overdue()) || (correctionNotice != null && correctionNotice.overdue())) {
				return "urgency-overdue";
			}
			if ((reply != null && reply.soon()) || (correctionNotice != null && correctionNotice.soon())) {
				return "urgency-soon";
			}
			return "";
		}
	}

	record Other(String title, List<OfficeDeadlines.Deadline> deadlines) {
	}

}
