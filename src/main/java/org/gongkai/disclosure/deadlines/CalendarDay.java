package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;

/**
 * A day that breaks the Monday–Friday rule: a weekday off (HOLIDAY) or a weekend worked
 * (WORKDAY, 调休上班).
 */
public record CalendarDay(LocalDate date, Kind kind, String name) {

	public enum Kind {

		HOLIDAY, WORKDAY

	}
}
