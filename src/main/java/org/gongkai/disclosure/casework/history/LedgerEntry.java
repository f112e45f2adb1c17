package org.gongkai.disclosure.casework.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * One line of the append-only case ledger. {@code detail} holds the facts needed to
 * rebuild the case's state.
 */
public record LedgerEntry(long id, CaseId caseId, Instant occurredAt, UUID actorId, String actorName,
		LedgerAction action, String legalBasis, Map<String, String> detail) {

	/** When it happened, in Beijing time, as officers read it. */
	public LocalDateTime occurredAtBeijing() {
		return LocalDateTime.ofInstant(occurredAt, ReplyDeadlines.ZONE);
	}
}
