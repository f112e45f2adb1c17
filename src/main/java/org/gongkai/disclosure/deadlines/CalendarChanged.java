package org.gongkai.disclosure.deadlines;

/**
 * An administrator replaced a year of the working-day calendar (the State Council
 * published its holidays). Published inside the change's transaction, after the new
 * calendar is current; {@code before} is the calendar as it was, so that listeners can
 * tell which deadlines moved.
 */
public record CalendarChanged(int year, String source, WorkingCalendar before) {
}
