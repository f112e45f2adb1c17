package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A derived deadline: the date (null while the clock is suspended), the working days that
 * were left when the current (or last) clock period began, how it was computed step by
 * step, and cautions such as a year without official calendar data. The steps and
 * cautions are {@link Explained} lines, which a page words in the reader's language;
 * {@link #explanation()} and {@link #warnings()} are their Chinese, for the letters and
 * the API.
 */
public record DueDate(LocalDate date, int remainingWorkingDays, List<Explained> steps, List<Explained> cautions) {

	public DueDate {
		steps = List.copyOf(steps);
		cautions = List.copyOf(cautions);
	}

	public boolean suspended() {
		return date == null;
	}

	/** How the date was computed, step by step, in Chinese. */
	public List<String> explanation() {
		return steps.stream().map(Explained::chinese).toList();
	}

	/** The cautions in Chinese (a year without the State Council's notice). */
	public List<String> warnings() {
		return cautions.stream().map(Explained::chinese).toList();
	}

}
