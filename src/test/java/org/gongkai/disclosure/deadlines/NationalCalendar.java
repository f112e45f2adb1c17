package org.gongkai.disclosure.deadlines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The official calendar read straight from the project's copy of cn-workdays.csv, for
 * tests without a database.
 */
public final class NationalCalendar {

	private NationalCalendar() {
	}

	public static Map<LocalDate, CalendarDay> days() {
		Map<LocalDate, CalendarDay> days = new HashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(NationalCalendar.class.getResourceAsStream("/db/cn-workdays.csv")),
				StandardCharsets.UTF_8))) {
			in.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
				String[] f = line.split(",", 3);
				LocalDate date = LocalDate.parse(f[0]);
				days.put(date, new CalendarDay(date,
						"holiday".equals(f[1]) ? CalendarDay.Kind.HOLIDAY : CalendarDay.Kind.WORKDAY, f[2]));
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return days;
	}

	public static WorkingCalendar calendar() {
		Set<Integer> years = IntStream.rangeClosed(2008, 2026).boxed().collect(Collectors.toSet());
		return new WorkingCalendar(days(), years);
	}

}
