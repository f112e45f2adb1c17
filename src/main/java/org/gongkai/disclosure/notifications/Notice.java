package org.gongkai.disclosure.notifications;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing to tell one recipient, before it is written to the outbox once per channel.
 * {@code eventKey} names the event it tells of (e.g. {@code case-ledger:4711},
 * {@code digest:2026-12-07}); with the recipient and the channel it is the idempotency
 * key.
 */
record Notice(String eventKey, NotificationKind kind, Recipient recipient, UUID caseId, String subject, String body) {

	Notice {
		Objects.requireNonNull(eventKey);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(recipient);
		Objects.requireNonNull(subject);
		Objects.requireNonNull(body);
	}

	String idempotencyKey(NotificationChannel channel) {
		return eventKey + "|" + recipient.key() + "|" + channel;
	}

}
