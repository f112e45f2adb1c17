package org.gongkai.disclosure.casework.intake;

import java.util.Set;

import org.gongkai.disclosure.decisions.Outcome;

/**
 * The answers that can be given on the spot (当场答复, 《条例》第三十三条第一款;
 * docs/statute.md#on-the-spot): those that rest on nothing but the request and what the
 * office has at hand — the information is already published or at hand (第三十六条第（一）、（二）项),
 * the request is a 信访、投诉、举报 (第三十九条第一款), asks for a publication (第三十九条第二款) or to confirm
 * or reissue information already obtained. Every other answer needs a search (信息不存在), a
 * consultation, a fact on the record (docs/statute.md#outcome-preconditions) or a 不予公开
 * decision that goes to 复议 first, and so the legal review of the ordinary steps.
 */
public final class OnTheSpot {

	/** The article the path rests on. */
	public static final String LEGAL_BASIS = "《条例》第三十三条第一款";

	/** The answers that can be given on the spot. */
	public static final Set<Outcome> OUTCOMES = Set.of(Outcome.DISCLOSED, Outcome.NOT_PROCESSED_PETITION,
			Outcome.NOT_PROCESSED_PUBLICATIONS, Outcome.NOT_PROCESSED_CONFIRM_OR_REISSUE);

	private OnTheSpot() {
	}

}
