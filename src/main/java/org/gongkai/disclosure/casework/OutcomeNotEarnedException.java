package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.context.MessageSourceResolvable;

/**
 * An outcome whose legal precondition is not on the case's record (e.g. 逾期不补正 without a
 * lapsed 补正): refused with the reason, in the API as a problem, on the page beside the
 * outcome field. See docs/statute.md#outcome-preconditions.
 */
public class OutcomeNotEarnedException extends StateRefusal {

	private final Outcome outcome;

	/**
	 * @param reason what the record lacks, a {@link Refusal#text} of
	 * {@code i18n/refusals}
	 */
	public OutcomeNotEarnedException(Outcome outcome, MessageSourceResolvable reason) {
		super("refusal.casework.outcome.notEarned", Refusal.label(outcome, "plainLabel"), reason);
		this.outcome = outcome;
	}

	/** The outcome that was refused. */
	public Outcome outcome() {
		return outcome;
	}

}
