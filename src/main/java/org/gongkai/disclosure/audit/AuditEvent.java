package org.gongkai.disclosure.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail. {@code hash} = SHA-256 of the line's content and
 * {@code prevHash}.
 */
public record AuditEvent(long seq, Instant occurredAt, UUID actorId, String actorName, String action, String objectType,
		String objectId, AuditResult result, String detail, String prevHash, String hash) {
}
