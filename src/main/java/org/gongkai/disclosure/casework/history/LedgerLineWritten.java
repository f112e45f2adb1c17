package org.gongkai.disclosure.casework.history;

import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * Published, inside the writing transaction, for every line appended to the case ledger:
 * what happened to a case and who did it ({@code actorId} null for the system), for those
 * that react to it: the letters a line issues are frozen from it, people are notified.
 * {@code ledgerId} is the line's id, unique for ever, so a listener can use it as the
 * event's identity.
 */
public record LedgerLineWritten(long ledgerId, CaseId caseId, LedgerAction action, UUID actorId,
		Map<String, String> detail) {
}
