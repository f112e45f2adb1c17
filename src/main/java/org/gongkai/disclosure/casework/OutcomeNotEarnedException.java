package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.decisions.Outcome;

/**
 * An outcome whose legal precondition is not on the case's record (e.g. 逾期不补正 without a
 * lapsed 补正): refused with the reason, in the API as a problem, on the page beside the
 * outcome field. See docs/statute.md#outcome-preconditions.
 */
public class OutcomeNotEarnedException extends IllegalStateException {

	private final Outcome outcome;

	public OutcomeNotEarnedException(Outcome outcome, String reason) {
		super(reason);
		this.outcome = outcome;
	}

	/** The outcome that was refused. */
	public Outcome outcome() {
		return outcome;
	}

}
