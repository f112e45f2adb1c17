package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A derived deadline: the date (null while the clock is suspended), the working days that
 * were left when the current (or last) clock period began, how it was computed step by
 * step, and warnings such as a year without official calendar data.
 */
public record DueDate(LocalDate date, int remainingWorkingDays, List<String> explanation, List<String> warnings) {

	public boolean suspended() {
		return date == null;
	}
}
