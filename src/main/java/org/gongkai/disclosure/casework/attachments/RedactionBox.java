package org.gongkai.disclosure.casework.attachments;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

/**
 * One box drawn on a page of a partly disclosed PDF: the page (from 1), the rectangle as
 * fractions of the page as it is displayed (rotation applied; origin top left, so the
 * browser's viewer and the server agree whatever the page size), its 不予公开 ground (one of
 * the eight leaves of （三）不予公开, 《条例》第十四条至第十六条) and the reason given to the applicant.
 */
public record RedactionBox(int page, double x, double y, double width, double height, Outcome ground, String reason) {

	/** Smaller than this (a fraction of the page) is a slip of the mouse, not a box. */
	static final double MIN_SIDE = 0.002;

	public RedactionBox {
		if (page < 1) {
			throw new Refusal("refusal.casework.redaction.pageFromOne");
		}
		if (!(x >= 0 && y >= 0 && width >= MIN_SIDE && height >= MIN_SIDE && x + width <= 1.000001
				&& y + height <= 1.000001)) {
			throw new Refusal("refusal.casework.redaction.outsidePage", page);
		}
		if (ground == null || ground.group() != OutcomeGroup.WITHHELD) {
			throw new Refusal("refusal.casework.redaction.ground");
		}
		reason = Texts.require(reason, "不予公开的具体理由", 2000);
	}

	/** What the box prints: the mark and the ground. */
	String label() {
		return "不予公开：" + ground.plainLabel() + "（" + ground.legalBasis() + "）";
	}

}
