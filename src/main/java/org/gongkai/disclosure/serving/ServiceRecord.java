package org.gongkai.disclosure.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.documents.LetterKind;

/**
 * The service of one document: how and when it was sent and by whom, and — once known —
 * the day the addressee received it, the proof, and who recorded it.
 *
 * @param subjectId the case (or appeal) the document belongs to
 * @param addressee the addressee's name; null when it is the applicant
 * @param proof a tracking page, a signature, how the addressee confirmed receipt
 * @param proofAttachment a scanned 送达回证, one of the subject's attachments
 */
public record ServiceRecord(UUID id, UUID subjectId, LetterKind document, String addressee, ServiceMethod method,
		String trackingNumber, Instant sentAt, String sentBy, LocalDate receivedOn, String proof, UUID proofAttachment,
		String receiptBy, Instant receiptAt) {

	public boolean received() {
		return receivedOn != null;
	}

}
