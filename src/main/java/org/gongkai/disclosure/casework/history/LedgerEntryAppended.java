package org.gongkai.disclosure.casework.history;

import java.util.UUID;

import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * Published, inside the appending transaction, for every line {@link CaseLedger} appends:
 * what happened to which case, and who did it ({@code actorId} null for the system). The
 * letters a ledger line issues are frozen from it.
 */
public record LedgerEntryAppended(CaseId caseId, LedgerAction action, UUID actorId) {
}
