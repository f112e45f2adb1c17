package org.gongkai.disclosure.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail, with its link in the chain once the chainer has linked it
 * ({@code chainPosition} and {@code mac} are null until then, normally for a second or
 * two).
 */
public record AuditEvent(long seq, Instant occurredAt, UUID actorId, String actorName, String action, String objectType,
		String objectId, AuditResult result, String detail, Long chainPosition, String mac) {
}
