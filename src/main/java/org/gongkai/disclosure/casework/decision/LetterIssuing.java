package org.gongkai.disclosure.casework.decision;

import java.util.Optional;

import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerLineWritten;
import org.gongkai.disclosure.documents.LetterKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Freezes a letter when the ledger records the act that sends it: the 回执 on receipt (《条例》
 * 第三十一条), the 补正告知书, 征求意见书, 收费通知书, 说明理由告知书 and 延期答复告知书 when each is sent, the 答复书 when
 * the reply is issued and the notice to a third party when a disclosure against its
 * objection is signed off. It runs just before the act's transaction commits, when
 * everything the act wrote is in place: the letter's content is fixed and stored then, in
 * that transaction, and its PDF and .docx are rendered when it is first downloaded
 * ({@link LetterFreezing}).
 */
@Component
class LetterIssuing {

	private final CaseLetters letters;

	LetterIssuing(CaseLetters letters) {
		this.letters = letters;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(LedgerLineWritten entry) {
		issuedBy(entry.action()).ifPresent(kind -> letters.issueWithAct(entry.caseId(), kind, entry.actorId()));
	}

	/** The letter a ledger action sends, if any. */
	static Optional<LetterKind> issuedBy(LedgerAction action) {
		return Optional.ofNullable(switch (action) {
			case RECEIVED -> LetterKind.RECEIPT;
			case CORRECTION_REQUESTED -> LetterKind.CORRECTION_NOTICE;
			case EXTENSION_NOTIFIED -> LetterKind.EXTENSION_NOTICE;
			case FEE_NOTIFIED -> LetterKind.FEE_NOTICE;
			case CONSULTATION_SENT -> LetterKind.CONSULTATION_LETTER;
			case EXPLANATION_REQUESTED -> LetterKind.EXPLANATION_REQUEST;
			case THIRD_PARTY_NOTIFIED -> LetterKind.THIRD_PARTY_NOTICE;
			case REPLY_ISSUED -> LetterKind.REPLY;
			default -> null;
		});
	}

}
