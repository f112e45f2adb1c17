package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * Rebuilds the statistical state of a case from its ledger alone: what the annual report needs (column, receipt
 * date, outcome, closing date) and the status. Used to check the tables against the ledger, and to restore them.
 */
public final class CaseLedgerReplay {

    private CaseLedgerReplay() {
    }

    public static ReplayedCase replay(List<LedgerEntry> entries) {
        ReplayedCase state = new ReplayedCase(null, null, null, null, null, null);
        for (LedgerEntry e : entries) {
            state = switch (e.action()) {
                case SUBMITTED -> new ReplayedCase(e.detail().get("reference"),
                        ApplicantCategory.valueOf(e.detail().get("applicantCategory")), null, null, null,
                        CaseStatus.IN_PROGRESS);
                case RECEIVED -> state.with(LocalDate.parse(e.detail().get("receivedOn")));
                case DECIDED -> new ReplayedCase(state.reference(), state.applicantCategory(), state.receivedOn(),
                        Outcome.valueOf(e.detail().get("outcome")), LocalDate.parse(e.detail().get("closedOn")),
                        CaseStatus.DECIDED);
                case REPLY_ISSUED -> new ReplayedCase(state.reference(), state.applicantCategory(),
                        state.receivedOn(), state.outcome(), state.closedOn(), CaseStatus.ANSWERED);
                case REMINDED -> state;
            };
        }
        return state;
    }

    public record ReplayedCase(String reference, ApplicantCategory applicantCategory, LocalDate receivedOn,
                               Outcome outcome, LocalDate closedOn, CaseStatus status) {

        ReplayedCase with(LocalDate received) {
            return new ReplayedCase(reference, applicantCategory, received, outcome, closedOn, status);
        }
    }
}
