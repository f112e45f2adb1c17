package org.gongkai.disclosure.casework.history;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * Rebuilds the statistical state of a case from its ledger alone: what the annual report
 * needs (column, receipt date, outcome, closing date) and the status. Used to check the
 * tables against the ledger, and to restore them.
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
				case DECIDED, ANSWERED_ON_THE_SPOT -> state.closed(e, CaseStatus.DECIDED);
				case CORRECTION_LAPSED, WITHDRAWN, FEE_LAPSED, CLOSED_FROM_LEDGER, LEDGER_CASE_CLOSED, PIPL_REFERRED ->
					state.closed(e, CaseStatus.CLOSED);
				case FEE_NOTIFIED -> state.status(CaseStatus.AWAITING_PAYMENT);
				case CONSULTATION_SENT -> state.status(CaseStatus.AWAITING_CONSULTATION);
				case EXPLANATION_REQUESTED -> state.status(CaseStatus.AWAITING_EXPLANATION);
				case EXPLANATION_RECEIVED, EXPLANATION_LAPSED -> state.status(CaseStatus.IN_PROGRESS);
				case FEE_PAID, CONSULTATION_ANSWERED, CONSULTATION_LAPSED -> state.status(CaseStatus.IN_PROGRESS);
				case REPLY_ISSUED -> new ReplayedCase(state.reference(), state.applicantCategory(), state.receivedOn(),
						state.outcome(), state.closedOn(), CaseStatus.ANSWERED);
				case CORRECTION_REQUESTED -> state.status(CaseStatus.AWAITING_CORRECTION);
				case CORRECTION_RECEIVED, RETURNED -> state.status(CaseStatus.IN_PROGRESS);
				case DRAFTED -> state.status(CaseStatus.UNDER_REVIEW);
				case REVIEW_APPROVED -> state.status(CaseStatus.AWAITING_SIGN_OFF);
				case REANSWER_ORDERED -> "true".equals(e.detail().get("reopened")) ? new ReplayedCase(state.reference(),
						state.applicantCategory(), state.receivedOn(), null, null, CaseStatus.IN_PROGRESS) : state;
				case ACCEPTED, REMINDED, ROUTED, DEPARTMENT_ANSWERED, DEPARTMENT_OVERDUE, PUBLIC_INTEREST_OVERRIDE,
						THIRD_PARTY_NOTIFIED, REDATED, CORRECTION_REDATED, FEE_REDATED, CONSULTATION_REDATED,
						EXPLANATION_REDATED, SCREENING_REMINDED, ESCALATED, DELIVERED, LINKED, SPLIT,
						EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, EXTENSION_NOTIFIED,
						IDENTITY_CHECK_REQUIRED, REASSIGNED, DOCUMENT_SENT, DOCUMENT_SERVED, WINDOW_STARTED,
						EXTENSION_SERVED_LATE, LAPSE_CONFIRMED, LAPSE_EXCUSED, LETTER_CORRECTED, RECORDS_RELEASED,
						SEARCH_RECORDED, ASSISTANCE_PROVIDED, OWN_INFORMATION_DECLARED, IDENTITY_VERIFIED,
						AGENT_RECORDED, RECEIPT_BACKDATED ->
					state;
			};
		}
		return state;
	}

	public record ReplayedCase(String reference, ApplicantCategory applicantCategory, LocalDate receivedOn,
			Outcome outcome, LocalDate closedOn, CaseStatus status) {

		ReplayedCase with(LocalDate received) {
			return new ReplayedCase(reference, applicantCategory, received, outcome, closedOn, status);
		}

		ReplayedCase status(CaseStatus newStatus) {
			return new ReplayedCase(reference, applicantCategory, receivedOn, outcome, closedOn, newStatus);
		}

		ReplayedCase closed(LedgerEntry e, CaseStatus newStatus) {
			return new ReplayedCase(reference, applicantCategory, receivedOn,
					Outcome.valueOf(e.detail().get("outcome")), LocalDate.parse(e.detail().get("closedOn")), newStatus);
		}
	}

}
