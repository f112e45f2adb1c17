package org.gongkai.disclosure.casework.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * A letter as it was issued: its 文号, its date, when it left the office, and the SHA-256
 * of the PDF and the .docx stored then. A corrected letter is a later version that names
 * the one it {@code replaces}, with the reason.
 */
public record IssuedLetter(UUID id, CaseId caseId, LetterKind kind, int version, String documentNumber,
		LocalDate letterDate, Instant issuedAt, UUID replaces, String correctionReason, String pdfSha256,
		String docxSha256) {

	public String kindLabel() {
		return kind.title();
	}

	/** The SHA-256 of the stored file of {@code format} ({@code pdf} or {@code docx}). */
	public String sha256(String format) {
		return "docx".equals(format) ? docxSha256 : pdfSha256;
	}

}
