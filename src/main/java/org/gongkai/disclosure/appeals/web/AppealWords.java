package org.gongkai.disclosure.appeals.web;

import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.shared.Labels;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The words of an appeal that are composed from several parts, in the page's language,
 * for templates as {@code ${@appealWords.kind(a)}}: the kind with a suit's route and
 * instance, and the legal basis of the answer deadline ({@code i18n/appeals}).
 */
@Component("appealWords")
public class AppealWords {

	private final MessageSourceAccessor messages;

	private final Labels labels;

	AppealWords(MessageSourceAccessor messages, Labels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	/** "行政复议", or e.g. "行政诉讼（复议后起诉，二审）". */
	public String kind(Appeal a) {
		if (a.kind() == AppealKind.REVIEW) {
			return labels.of(a.kind());
		}
		return messages.getMessage("appeals.kind.suit",
				new Object[] { labels.of(a.kind()), labels.of(a.route()), labels.of(a.instance()) });
	}

	/**
	 * The basis of the answer deadline shown beside it (行政复议法 arts 48 and 54, 行政诉讼法 art
	 * 67); a ledger appeal has none.
	 */
	public String deadlineBasis(Appeal a) {
		if (a.fromLedger()) {
			return messages.getMessage("appeals.deadline.basis.LEDGER");
		}
		if (a.kind() == AppealKind.LITIGATION) {
			return messages.getMessage("appeals.deadline.basis.LITIGATION");
		}
		return messages.getMessage(a.procedure() == Procedure.SIMPLIFIED ? "appeals.deadline.basis.REVIEW_SIMPLIFIED"
				: "appeals.deadline.basis.REVIEW_ORDINARY");
	}

}
