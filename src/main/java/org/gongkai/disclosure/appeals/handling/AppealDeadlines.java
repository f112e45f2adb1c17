package org.gongkai.disclosure.appeals.handling;

import java.time.LocalDate;
import java.util.Date;

import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.Appeals;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.process.AppealProcess;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AppealId;

import org.springframework.stereotype.Component;

/**
 * The office's deadline for its written answer and evidence in an appeal, counted from
 * the day it received the copy of the 复议申请书 or 起诉状 (day 0), and the expression bean of
 * the appeal's timers ({@code ${appealDeadlines.reminderAt(appealId)}}): no date is ever
 * a process variable.
 *
 * <ul>
 * <li>行政复议, ordinary procedure: 10 days (行政复议法 art 48), simple procedure: 5 days (art
 * 54); art 88: these are working days.</li>
 * <li>行政诉讼: 答辩状 and evidence within 15 days (行政诉讼法 art 67; second instance likewise,
 * 民事诉讼法 art 174 via 行政诉讼法 art 101). [interpretation] These are calendar days (art 88 of
 * the 复议法 does not apply to courts); a period ending on a non-working day ends on the
 * next working day (民事诉讼法 art 85, docs/statute.md#part-a).</li>
 * </ul>
 */
@Component(AppealProcess.Beans.APPEAL_DEADLINES)
public class AppealDeadlines {

	public static final int REVIEW_ORDINARY_WORKING_DAYS = 10;

	public static final int REVIEW_SIMPLIFIED_WORKING_DAYS = 5;

	public static final int LITIGATION_CALENDAR_DAYS = 15;

	/** The case officer is reminded this many working days before the answer is due. */
	public static final int REMINDER_WORKING_DAYS = 2;

	private final Calendars calendars;

	private final Appeals appeals;

	AppealDeadlines(Calendars calendars, Appeals appeals) {
		this.calendars = calendars;
		this.appeals = appeals;
	}

	/** The last day for the office's answer and evidence. */
	public LocalDate answerDue(AppealKind kind, Procedure procedure, LocalDate copyReceivedOn) {
		WorkingCalendar calendar = calendars.current();
		if (kind == AppealKind.REVIEW) {
			return calendar.addWorkingDays(copyReceivedOn,
					procedure == Procedure.SIMPLIFIED ? REVIEW_SIMPLIFIED_WORKING_DAYS : REVIEW_ORDINARY_WORKING_DAYS);
		}
		LocalDate last = copyReceivedOn.plusDays(LITIGATION_CALENDAR_DAYS);
		while (!calendar.isWorkingDay(last)) {
			last = last.plusDays(1);
		}
		return last;
	}

	/** The legal basis of the deadline, as shown beside it. */
	public static String basis(AppealKind kind, Procedure procedure) {
		if (kind == AppealKind.REVIEW) {
			return procedure == Procedure.SIMPLIFIED ? "《行政复议法》第五十四条：5个工作日" : "《行政复议法》第四十八条：10个工作日";
		}
		return "《行政诉讼法》第六十七条：15日";
	}

	/**
	 * 09:00 Beijing time, {@value #REMINDER_WORKING_DAYS} working days before the answer
	 * is due.
	 */
	public Date reminderAt(String appealId) {
		LocalDate due = appeal(appealId).answerDueOn();
		return ReplyDeadlines.nineAmOn(calendars.current().workingDaysBefore(due, REMINDER_WORKING_DAYS));
	}

	/** 00:00 Beijing time on the day after the answer was due. */
	public Date overdueAt(String appealId) {
		return ReplyDeadlines.startOfDayAfter(appeal(appealId).answerDueOn());
	}

	private Appeal appeal(String appealId) {
		return appeals.byId(AppealId.of(appealId))
			.orElseThrow(() -> new StateRefusal("refusal.appeals.appeal.notFound", appealId));
	}

}
