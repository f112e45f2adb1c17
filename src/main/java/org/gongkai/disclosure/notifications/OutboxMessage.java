package org.gongkai.disclosure.notifications;

import java.time.Instant;
import java.util.UUID;

/** One row of the outbox: one message to one recipient on one channel. */
public record OutboxMessage(long id, String idempotencyKey, NotificationKind kind, Recipient recipient,
		NotificationChannel channel, UUID caseId, String subject, String body, Status status, int attempts,
		Instant nextAttemptAt, Instant sendingSince, String lastError, Instant createdAt, Instant sentAt,
		Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	public enum Status {

		PENDING, SENDING, SENT, FAILED

	}

}
