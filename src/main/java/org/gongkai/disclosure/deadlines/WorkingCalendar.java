package org.gongkai.disclosure.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.disclosure.shared.Refusal;

/**
 * China's working-day calendar: Monday to Friday, minus the State Council's holidays,
 * plus the 调休 make-up Saturdays and Sundays. Immutable; {@link Calendars} builds a new
 * one whenever an administrator changes the data.
 *
 * <p>
 * Day counting follows the product's decision (docs/statute.md#part-a): day 0 is the
 * receipt date and working day 1 is the first working day after it.
 *
 * <p>
 * A year without the State Council's notice is provisional: its statutory holidays
 * ({@link StatutoryHolidays}, 《全国年节及纪念日放假办法》 art 2) are its non-working days besides the
 * weekends, no 调休 weekend is worked, and every result that touched such a year says so
 * ({@link #provisionalWarnings}). Loading the notice replaces the provisional days.
 */
public final class WorkingCalendar {

	/** Guards loops against absurd input: 1,000 working days is about four years. */
	public static final int MAX_WORKING_DAYS = 1_000;

	private final Map<LocalDate, CalendarDay> exceptions;

	private final Set<Integer> coveredYears;

	/**
	 * The provisional holidays of each year without a notice, computed once when asked.
	 */
	private final Map<Integer, Map<LocalDate, CalendarDay>> provisional = new ConcurrentHashMap<>();

	public WorkingCalendar(Map<LocalDate, CalendarDay> exceptions, Set<Integer> coveredYears) {
		this.exceptions = Map.copyOf(exceptions);
		this.coveredYears = Set.copyOf(coveredYears);
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDay exception = exceptionOn(date).orElse(null);
		if (exception != null) {
			return exception.kind() == CalendarDay.Kind.WORKDAY;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * The last working day on or before {@code date}: from it, an unmet due date is
	 * overdue (a deadline that fell on Friday is overdue on Monday, not yet at the
	 * weekend).
	 */
	public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/** The first working day on or after {@code date}. */
	public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The name of a day that breaks the Monday–Friday rule (e.g. 国庆节): a holiday or
	 * make-up working day of the State Council's notice, or in a year without one, a
	 * provisional statutory holiday.
	 */
	public Optional<CalendarDay> exceptionOn(LocalDate date) {
		if (covers(date.getYear())) {
			return Optional.ofNullable(exceptions.get(date));
		}
		return Optional.ofNullable(provisionalHolidays(date.getYear()).get(date));
	}

	/**
	 * Whether {@code date} lies in a year whose non-working days are provisional (no
	 * State Council notice loaded).
	 */
	public boolean isProvisional(LocalDate date) {
		return !covers(date.getYear());
	}

	private Map<LocalDate, CalendarDay> provisionalHolidays(int year) {
		if (!StatutoryHolidays.known(year)) {
			return Map.of();
		}
		return provisional.computeIfAbsent(year, y -> StatutoryHolidays.of(y)
			.stream()
			// two festivals may fall on one day (中秋节 on 3 October 2028): one holiday, the
			// first named
			.collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity(), (first, same) -> first)));
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
			throw new Refusal("refusal.deadlines.calendar.span");
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
	 * Years touched by the interval for which there is no State Council notice (their
	 * holidays are provisional).
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

	/**
	 * The sentence shown wherever a result relied on a year without a notice: on the page
	 * beside the date and in the letter that states it. In Chinese; a page words
	 * {@link #provisionalNotes} in its reader's language.
	 */
	public List<String> provisionalWarnings(LocalDate from, LocalDate to) {
		return provisionalNotes(from, to).stream().map(Explained::chinese).toList();
	}

	/**
	 * {@link #provisionalWarnings} as keyed lines ({@code deadlines.calendar.*}): a year
	 * with provisional statutory holidays, or one without any data (Monday to Friday).
	 */
	public List<Explained> provisionalNotes(LocalDate from, LocalDate to) {
		return uncoveredYearsBetween(from, to).stream().map(WorkingCalendar::provisionalNote).toList();
	}

	private static Explained provisionalNote(int year) {
		return Explained
			.of(StatutoryHolidays.known(year) ? "deadlines.calendar.provisional" : "deadlines.calendar.noData", year);
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
			throw new Refusal("refusal.deadlines.calendar.workingDays", MAX_WORKING_DAYS);
		}
	}

}
