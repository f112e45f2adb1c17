package org.gongkai.disclosure.casework.attachments;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * A file kept with a case: what it is for, its safe name, its sniffed type, size and
 * SHA-256.
 */
public record Attachment(UUID id, CaseId caseId, Purpose purpose, String fileName, String mediaType, long sizeBytes,
		String sha256, UUID uploadedBy, Instant uploadedAt) {

	public enum Purpose {

		IDENTITY_PROOF("身份证明"), CORRECTION_MATERIAL("补正材料"), SUPPORTING_MATERIAL("其他材料"),
		/** A scanned 送达回证 or signed receipt: the proof that a document was served. */
		SERVICE_PROOF("送达证明");

		private final String label;

		Purpose(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** What an applicant uploads: not the office's proofs of service. */
		public static List<Purpose> ofApplicants() {
			return Arrays.stream(values()).filter(p -> p != SERVICE_PROOF).toList();
		}

	}
}
