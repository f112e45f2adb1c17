package org.gongkai.disclosure.notifications;

import java.util.UUID;

/**
 * Who a message is for: an applicant (by applicant id, whichever login acts for them) or
 * a member of staff (by account id).
 */
public record Recipient(Kind kind, UUID id) {

	public static Recipient applicant(UUID applicantId) {
		return new Recipient(Kind.APPLICANT, applicantId);
	}

	public static Recipient staff(UUID accountId) {
		return new Recipient(Kind.STAFF, accountId);
	}

	/** The recipient's part of an idempotency key, e.g. {@code APPLICANT:<uuid>}. */
	String key() {
		return kind + ":" + id;
	}

	public enum Kind {

		APPLICANT, STAFF

	}

}
