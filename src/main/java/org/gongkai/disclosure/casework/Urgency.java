package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;

/**
 * How close a deadline is, in working days from today: negative once it has passed. The
 * task list shows it in words and colour (never colour alone).
 *
 * @param dueOn the last day
 * @param workingDaysLeft working days from today to {@code dueOn}; 0 on the day itself,
 * negative when overdue
 */
public record Urgency(LocalDate dueOn, int workingDaysLeft) {

	/** Due within this many working days counts as soon (the reminder's distance). */
	public static final int SOON = ReplyDeadlines.REMINDER_WORKING_DAYS;

	private static final int MAX_YEARS = 10;

	/**
	 * The working days from {@code today} to {@code dueOn}, counted over at most
	 * {@value #MAX_YEARS} years either way (the calendar's limit; a deadline further off
	 * is just as overdue, or as far away).
	 */
	public static Urgency of(LocalDate dueOn, LocalDate today, WorkingCalendar calendar) {
		LocalDate earliest = today.minusYears(MAX_YEARS);
		LocalDate latest = today.plusYears(MAX_YEARS);
		LocalDate counted = dueOn.isBefore(earliest) ? earliest : dueOn.isAfter(latest) ? latest : dueOn;
		return new Urgency(dueOn, calendar.workingDaysBetween(today, counted));
	}

	public boolean overdue() {
		return workingDaysLeft < 0;
	}

	public boolean soon() {
		return !overdue() && workingDaysLeft <= SOON;
	}

	/** The row's class: {@code urgency-overdue}, {@code urgency-soon} or none. */
	public String cssClass() {
		return overdue() ? "urgency-overdue" : soon() ? "urgency-soon" : "";
	}

}
