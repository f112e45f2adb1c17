package org.gongkai.disclosure.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's working-day calendar: Monday to Friday, minus the State Council's holidays,
 * plus the 调休 make-up Saturdays and Sundays. Immutable; {@link Calendars} builds a new
 * one whenever an administrator changes the data.
 *
 * <p>
 * Day counting follows the product's decision (statute.md Part A): day 0 is the receipt
 * date and working day 1 is the first working day after it. A year without official data
 * falls back to Monday–Friday, and every result that touched such a year says so through
 * {@link #uncoveredYearsBetween}.
 */
public final class WorkingCalendar {

	/** Guards loops against absurd input: 1,000 working days is about four years. */
	public static final int MAX_WORKING_DAYS = 1_000;

	private final Map<LocalDate, CalendarDay> exceptions;

	private final Set<Integer> coveredYears;

	public WorkingCalendar(Map<LocalDate, CalendarDay> exceptions, Set<Integer> coveredYears) {
		this.exceptions = Map.copyOf(exceptions);
		this.coveredYears = Set.copyOf(coveredYears);
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDay exception = exceptions.get(date);
		if (exception != null) {
			return exception.kind() == CalendarDay.Kind.WORKDAY;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * The official name of a listed day (e.g. 国庆节), if the day is a holiday or make-up
	 * working day.
	 */
	public Optional<CalendarDay> exceptionOn(LocalDate date) {
		return Optional.ofNullable(exceptions.get(date));
	}

	/**
	 * The date that is the {@code days}-th working day after {@code dayZero};
	 * {@code days == 0} gives day 0.
	 */
	public LocalDate addWorkingDays(LocalDate dayZero, int days) {
		requireDays(days);
		LocalDate date = dayZero;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * The date {@code days} working days before {@code date} (the reminder day before a
	 * deadline).
	 */
	public LocalDate workingDaysBefore(LocalDate date, int days) {
		requireDays(days);
		LocalDate d = date;
		int counted = 0;
		while (counted < days) {
			d = d.minusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}: how many have
	 * elapsed since day 0.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		if (from.plusYears(20).isBefore(to)) {
			throw new IllegalArgumentException("跨度不得超过20年");
		}
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

	public boolean covers(int year) {
		return coveredYears.contains(year);
	}

	/**
	 * Years touched by the interval for which there is no official data (Monday–Friday
	 * was assumed).
	 */
	public Set<Integer> uncoveredYearsBetween(LocalDate from, LocalDate to) {
		Set<Integer> missing = new TreeSet<>();
		LocalDate first = from.isBefore(to) ? from : to;
		LocalDate last = from.isBefore(to) ? to : from;
		for (int y = first.getYear(); y <= last.getYear(); y++) {
			if (!covers(y)) {
				missing.add(y);
			}
		}
		return missing;
	}

	/** The sentence shown wherever a result relied on the Monday–Friday fallback. */
	public List<String> fallbackWarnings(LocalDate from, LocalDate to) {
		return uncoveredYearsBetween(from, to).stream()
			.map(y -> "%d年尚无国务院节假日安排数据，该年按周一至周五为工作日计算".formatted(y))
			.toList();
	}

	/** The listed days (holidays and make-up working days) of one year, in date order. */
	public List<CalendarDay> exceptionsIn(int year) {
		return exceptions.values()
			.stream()
			.filter(d -> d.date().getYear() == year)
			.sorted(Comparator.comparing(CalendarDay::date))
			.toList();
	}

	public Set<Integer> coveredYears() {
		return new TreeSet<>(coveredYears);
	}

	private static void requireDays(int days) {
		if (days < 0 || days > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("工作日数须在0到" + MAX_WORKING_DAYS + "之间");
		}
	}

}
