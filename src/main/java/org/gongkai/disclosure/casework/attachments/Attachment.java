package org.gongkai.disclosure.casework.attachments;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * A file kept with a case: what it is for, its safe name, its sniffed type, size and
 * SHA-256. A released record (the government information disclosed with the reply) also
 * says how it is disclosed; a redacted copy names its original.
 */
public record Attachment(UUID id, CaseId caseId, Purpose purpose, String fileName, String mediaType, long sizeBytes,
		String sha256, UUID uploadedBy, Instant uploadedAt, Disclosure disclosure, UUID redactedFrom) {

	public enum Purpose {

		IDENTITY_PROOF("身份证明", true), CORRECTION_MATERIAL("补正材料", true), SUPPORTING_MATERIAL("其他材料", true),
		/** The 授权委托书 an agent files with (委托代理, docs/statute.md#agent). */
		AGENT_AUTHORISATION("授权委托书", true),
		/**
		 * What shows the day a request was received when it is registered later (an
		 * envelope's postmark, a 签收单, a fax log; docs/statute.md#back-dated-receipt).
		 */
		RECEIPT_EVIDENCE("收到日期的证明", true),
		/** A scanned 送达回证 or signed receipt: the proof that a document was served. */
		SERVICE_PROOF("送达证明", false),
		/** The government information disclosed, as the office holds it (原件). */
		RELEASED_RECORD("公开的政府信息", false),
		/** The copy of a partly disclosed record with the withheld content removed. */
		REDACTED_RECORD("部分公开的政府信息（遮盖后）", false);

		private final String label;

		private final boolean material;

		Purpose(String label, boolean material) {
			this.label = label;
			this.material = material;
		}

		public String label() {
			return label;
		}

		/** A material of the request (uploaded by the applicant or for them). */
		public boolean material() {
			return material;
		}

		/** The purposes of the material upload forms. */
		public static List<Purpose> materials() {
			return Arrays.stream(values()).filter(Purpose::material).toList();
		}

	}

	/** How a released record is disclosed (《条例》第三十六条第（二）项、第三十七条). */
	public enum Disclosure {

		FULL("公开"), PARTIAL("部分公开");

		private final String label;

		Disclosure(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Whether the applicant receives this file with the reply: a record disclosed in
	 * full, or the redacted copy of a partly disclosed one — never the original of a
	 * partly disclosed record.
	 */
	public boolean released() {
		return purpose == Purpose.REDACTED_RECORD || disclosure == Disclosure.FULL;
	}

	/** 公开 or 部分公开, as the list and the manifest print it. */
	public String disclosureLabel() {
		if (purpose == Purpose.REDACTED_RECORD) {
			return Disclosure.PARTIAL.label();
		}
		return disclosure == Disclosure.PARTIAL ? "部分公开（原件，仅工作人员可见）" : disclosure == null ? "" : disclosure.label();
	}

}
