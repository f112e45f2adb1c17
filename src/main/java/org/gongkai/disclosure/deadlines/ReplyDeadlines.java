package org.gongkai.disclosure.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.stereotype.Component;

/**
 * The answer deadline of a case, derived from its clock periods on the current calendar.
 * Also the expression bean that BPMN timers call
 * ({@code ${replyDeadlines.reminderAt(caseId)}}), so that no date is ever a process
 * variable.
 */
@Component("replyDeadlines")
public class ReplyDeadlines {

	/** Agencies work on Beijing time whatever the server's zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** How many working days before the due date the case officer is reminded. */
	public static final int REMINDER_WORKING_DAYS = 3;

	private final Calendars calendars;

	private final ClockPeriods clockPeriods;

	ReplyDeadlines(Calendars calendars, ClockPeriods clockPeriods) {
		this.calendars = calendars;
		this.clockPeriods = clockPeriods;
	}

	public DueDate dueDate(UUID caseId) {
		return dueDate(caseId, calendars.current());
	}

	/**
	 * The due dates of several cases (a page of the task list) in two queries, whatever
	 * their number.
	 */
	public Map<UUID, DueDate> dueDates(Collection<UUID> caseIds) {
		WorkingCalendar calendar = calendars.current();
		Map<UUID, List<ClockPeriod>> periods = clockPeriods.of(caseIds);
		Map<UUID, Integer> extensions = clockPeriods.extensionDays(caseIds);
		Map<UUID, DueDate> due = new HashMap<>();
		periods.forEach((id, of) -> due.put(id,
				StatutoryClock.answerClock(of, extensions.getOrDefault(id, 0)).dueDate(calendar)));
		return due;
	}

	/**
	 * The due date as it would be on {@code calendar} (e.g. the calendar before an
	 * administrator's change).
	 */
	public DueDate dueDate(UUID caseId, WorkingCalendar calendar) {
		List<ClockPeriod> periods = clockPeriods.of(caseId);
		if (periods.isEmpty()) {
			throw new StateRefusal("refusal.deadlines.clock.notStarted", caseId);
		}
		return StatutoryClock.answerClock(periods, clockPeriods.extensionDays(caseId)).dueDate(calendar);
	}

	/**
	 * The due date without the extension: the deadline the applicant had to be told of an
	 * extension by (条例 art 33 ¶2).
	 */
	public DueDate unextendedDueDate(UUID caseId) {
		List<ClockPeriod> periods = clockPeriods.of(caseId);
		if (periods.isEmpty()) {
			throw new StateRefusal("refusal.deadlines.clock.notStarted", caseId);
		}
		return StatutoryClock.answerClock(periods, 0).dueDate(calendars.current());
	}

	/**
	 * Refuses a step that stops or extends the clock once the answer period has run out
	 * (条例 art 33: suspension and extension happen within the period, they cannot revive
	 * an expired one).
	 */
	public void requireWithinPeriod(UUID caseId, LocalDate today, String what) {
		DueDate due = dueDate(caseId);
		if (!due.suspended() && today.isAfter(due.date())) {
			throw new StateRefusal("refusal.deadlines.clock.lapsed", due.date(), what);
		}
	}

	/**
	 * 09:00 Beijing time, {@value #REMINDER_WORKING_DAYS} working days before the due
	 * date (or now, if later).
	 */
	public Date reminderAt(String caseId) {
		DueDate due = dueDate(UUID.fromString(caseId));
		if (due.suspended()) {
			// no deadline runs while the clock is stopped; the timer is recalculated when
			// it runs again
			return Date.from(Instant.now().plus(Duration.ofDays(3650)));
		}
		return spread(nineAmOn(calendars.current().workingDaysBefore(due.date(), REMINDER_WORKING_DAYS)), caseId);
	}

	/**
	 * 00:00 Beijing time on the day after the due date: from then on the answer is late.
	 */
	public Date overdueAt(String caseId) {
		DueDate due = dueDate(UUID.fromString(caseId));
		if (due.suspended()) {
			return notYet();
		}
		return spread(startOfDayAfter(due.date()), caseId);
	}

	/**
	 * {@code instant} moved by the case's own minute within the hour after it, so that
	 * the timers of the cases received on one day do not all fall due at the same instant
	 * (a burst the job executor would work through for minutes). The minute is stable for
	 * a case, so a recalculated timer lands where it was. A reminder stays between 09:00
	 * and 10:00 of its working day, well before the statutory end of the period; the
	 * overdue escalation fires within the first hour of the day after the due date, the
	 * answer being late from 00:00 whenever the escalation runs.
	 */
	public static Date spread(Date instant, String caseId) {
		return Date.from(instant.toInstant().plus(spreadOf(caseId)));
	}

	/** The case's minute within the hour (0–59), derived from its id. */
	public static Duration spreadOf(String caseId) {
		return Duration.ofMinutes(Math.floorMod(UUID.fromString(caseId).hashCode(), 60));
	}

	/**
	 * The date of a timer whose date is not known yet (a suspended clock, a window whose
	 * notice awaits service): ten years ahead, until the facts change and the timers are
	 * recalculated.
	 */
	public static Date notYet() {
		return Date.from(Instant.now().plus(Duration.ofDays(3650)));
	}

	/** Today as the offices count it: the date in Beijing, whatever the server's zone. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** 09:00 Beijing time on {@code day}: when reminders go out. */
	public static Date nineAmOn(LocalDate day) {
		return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
	}

	/**
	 * 00:00 Beijing time on the day after {@code lastDay}: when a period that ends on
	 * {@code lastDay} has passed.
	 */
	public static Date startOfDayAfter(LocalDate lastDay) {
		return Date.from(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
	}

	/** The {@code n}-th working day after {@code dayZero} on the current calendar. */
	public LocalDate addWorkingDays(LocalDate dayZero, int n) {
		return calendars.current().addWorkingDays(dayZero, n);
	}

	/**
	 * The warnings of a period from {@code from} to {@code to} that touches a year
	 * without the State Council's notice (its dates are provisional).
	 */
	public List<String> provisionalWarnings(LocalDate from, LocalDate to) {
		return calendars.current().provisionalWarnings(from, to);
	}

	/** Working days elapsed after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return calendars.current().workingDaysBetween(from, to);
	}

}
