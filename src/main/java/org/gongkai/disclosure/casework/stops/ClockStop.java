package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.shared.ids.CaseId;

/**
 * A window a case waits in while its answer clock stops (request → suspend → answer |
 * lapse): who was asked, when the notice was sent and when the addressee received it, its
 * length in working days and last day, and how it ended. Every kind of clock stop — 补正,
 * 缴费, 征求意见, 说明理由 — is one of these; what only one kind has (the items to correct, the
 * fee's working, the party's consent, the question) stays with its kind.
 *
 * @param addressee the consulted party's name; null when the window is the applicant's
 * @param servedOn the day the addressee received the notice; the window runs from it
 * @param workingDays the window's length; null only for windows dated before it was
 * stored (V75)
 * @param dueOn the window's last day; null while the notice awaits service
 */
public record ClockStop(CaseId caseId, Kind kind, String addressee, LocalDate sentOn, LocalDate servedOn,
		Integer workingDays, LocalDate dueOn, LocalDate answeredOn, boolean lapsed) {

	/** Whether the window has ended, by an answer or a lapse. */
	public boolean ended() {
		return answeredOn != null || lapsed;
	}

	/** The kinds of clock stop: what each waits for and which rule sets it. */
	public enum Kind {

		/** 补正 (条例 art 30): the applicant corrects the request. */
		CORRECTION(CaseStatus.AWAITING_CORRECTION, "《条例》第三十条", LedgerAction.CORRECTION_REDATED),
		/** 信息处理费 (条例 art 42; 国办函〔2020〕109号): the applicant pays. */
		FEE(CaseStatus.AWAITING_PAYMENT, "《条例》第四十二条；国办函〔2020〕109号", LedgerAction.FEE_REDATED),
		/** 征求意见 (条例 arts 32, 34): a third party or another agency answers. */
		CONSULTATION(CaseStatus.AWAITING_CONSULTATION, "《条例》第三十二条、第三十四条", LedgerAction.CONSULTATION_REDATED),
		/** 说明理由 (条例 art 35): the applicant explains. */
		EXPLANATION(CaseStatus.AWAITING_EXPLANATION, "《条例》第三十五条", LedgerAction.EXPLANATION_REDATED);

		private final CaseStatus waiting;

		private final String basis;

		private final LedgerAction redated;

		Kind(CaseStatus waiting, String basis, LedgerAction redated) {
			this.waiting = waiting;
			this.basis = basis;
			this.redated = redated;
		}

		/** The status of a case waiting in this kind of window. */
		public CaseStatus waiting() {
			return waiting;
		}

		public String basis() {
			return basis;
		}

		LedgerAction redated() {
			return redated;
		}

		/** The kind of window a case in {@code status} waits in, if any. */
		public static Optional<Kind> waitingIn(CaseStatus status) {
			for (Kind k : values()) {
				if (k.waiting == status) {
					return Optional.of(k);
				}
			}
			return Optional.empty();
		}

	}

}
