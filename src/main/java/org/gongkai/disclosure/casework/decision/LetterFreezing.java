package org.gongkai.disclosure.casework.decision;

import java.util.UUID;

import org.gongkai.disclosure.documents.Letter;
import org.gongkai.disclosure.documents.LetterRenderer;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freezes issued letters. The act that issues a letter stores its content
 * ({@link Letter}: 文号, date, addressee, paragraphs) in the act's own transaction, so the
 * letter is issued with the act or not at all; its PDF and .docx are rendered when it is
 * first downloaded, and stored once with their SHA-256: every later download returns
 * those bytes. Rendering is CPU work of a few hundred milliseconds that most letters
 * never need — an applicant seldom downloads the 回执 of an online filing — so it is kept
 * off the act and out of its transaction (issue 14: it was two thirds of a filing's CPU,
 * and a hundred clients share ten connections). See docs/delivery.md, "Frozen letters".
 */
@Component
class LetterFreezing {

	private final LetterArchive archive;

	private final LetterRenderer renderer;

	private final TransactionTemplate transactions;

	LetterFreezing(LetterArchive archive, LetterRenderer renderer, TransactionTemplate transactions) {
		this.archive = archive;
		this.renderer = renderer;
		this.transactions = transactions;
	}

	/**
	 * Issues {@code letter} as its kind's next version, unrendered, in the caller's
	 * transaction.
	 */
	void freeze(CaseId caseId, Letter letter, UUID issuedBy) {
		archive.store(caseId, letter, null, issuedBy, null);
	}

	/**
	 * Renders {@code letter} and stores it as its kind's next version, in the caller's
	 * transaction if there is one (a correction, whose officer sees its hashes at once),
	 * else in one of its own.
	 */
	IssuedLetter freezeRendered(CaseId caseId, Letter letter, UUID issuedBy, String reason) {
		LetterArchive.Files files = render(letter);
		return transactions.execute(tx -> archive.store(caseId, letter, files, issuedBy, reason));
	}

	/**
	 * {@code issued} with its files stored: as it is if they are, else rendered now from
	 * its frozen content and stored (its first read). No transaction is held while
	 * rendering; should two readers render the same letter at once, the first to store
	 * its files wins and both read those.
	 */
	IssuedLetter rendered(IssuedLetter issued) {
		if (issued.pdfSha256() != null) {
			return issued;
		}
		archive.rendered(issued.id(), render(archive.letter(issued.id())));
		return archive.version(issued.caseId(), issued.kind(), issued.version()).orElseThrow();
	}

	private LetterArchive.Files render(Letter letter) {
		return new LetterArchive.Files(renderer.pdf(letter), renderer.docx(letter));
	}

}
