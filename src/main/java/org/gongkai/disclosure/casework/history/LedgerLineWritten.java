package org.gongkai.disclosure.casework.history;

import java.util.Map;

import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * Published, inside the writing transaction, for every line appended to the case ledger:
 * what happened to a case, for modules that react to it (notifications). {@code ledgerId}
 * is the line's id, unique for ever, so a listener can use it as the event's identity.
 */
public record LedgerLineWritten(long ledgerId, CaseId caseId, LedgerAction action, Map<String, String> detail) {
}
