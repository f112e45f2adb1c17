package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.deadlines.Explained;
import org.gongkai.disclosure.documents.LetterKind;
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

	/**
	 * Whether the notice has not yet reached its addressee: the window has not started
	 * and has no last day.
	 */
	public boolean awaitingService() {
		return servedOn == null && !ended();
	}

	/**
	 * The window explained: from when it runs, how long, until when, and the rule with
	 * its source — or that it waits for the notice to be served. In Chinese, as the
	 * letters and the API print it; a page words {@link #explained()}.
	 */
	public String explanation() {
		return explained().chinese();
	}

	/**
	 * {@link #explanation()} as a line a page words in its reader's language
	 * ({@code deadlines.window.*}).
	 */
	public Explained explained() {
		Explained notice = Explained.of("deadlines.window.notice." + kind.name());
		Explained rule = Explained.of("deadlines.window.rule." + kind.name());
		if (servedOn == null) {
			return workingDays == null ? Explained.of("deadlines.window.awaitingServiceUnsized", notice, sentOn, rule)
					: Explained.of("deadlines.window.awaitingService", notice, sentOn, workingDays, rule);
		}
		return workingDays == null ? Explained.of("deadlines.window.servedUnsized", notice, servedOn, dueOn, rule)
				: Explained.of("deadlines.window.served", notice, servedOn, workingDays, dueOn, rule);
	}

	/** The kinds of clock stop: what each waits for and which rule sets it. */
	public enum Kind {

		/** 补正 (条例 art 30): the applicant corrects the request. */
		CORRECTION(CaseStatus.AWAITING_CORRECTION, "《条例》第三十条", LetterKind.CORRECTION_NOTICE,
				"《条例》第三十条：一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限；补正期限自申请人收到补正告知书之日起计算", LedgerAction.CORRECTION_REDATED),
		/** 信息处理费 (条例 art 42; 国办函〔2020〕109号): the applicant pays. */
		FEE(CaseStatus.AWAITING_PAYMENT, "《条例》第四十二条；国办函〔2020〕109号", LetterKind.FEE_NOTICE,
				"国办函〔2020〕109号；四川省财政厅、四川省发展改革委《关于政府信息公开信息处理费有关事项的通知》：申请人应当在收到收费通知次日起20个工作日内缴纳费用",
				LedgerAction.FEE_REDATED),
		/** 征求意见 (条例 arts 32, 34): a third party or another agency answers. */
		CONSULTATION(CaseStatus.AWAITING_CONSULTATION, "《条例》第三十二条、第三十四条", LetterKind.CONSULTATION_LETTER,
				"《条例》第三十二条、第三十四条：第三方或者其他机关自收到征求意见书之日起15个工作日内提出意见", LedgerAction.CONSULTATION_REDATED),
		/** 说明理由 (条例 art 35): the applicant explains. */
		EXPLANATION(CaseStatus.AWAITING_EXPLANATION, "《条例》第三十五条", LetterKind.EXPLANATION_REQUEST,
				"《条例》第三十五条：行政机关可以要求申请人说明理由；说明期限自申请人收到说明理由告知书之日起计算", LedgerAction.EXPLANATION_REDATED);

		private final CaseStatus waiting;

		private final String basis;

		private final LetterKind notice;

		private final String rule;

		private final LedgerAction redated;

		Kind(CaseStatus waiting, String basis, LetterKind notice, String rule, LedgerAction redated) {
			this.waiting = waiting;
			this.basis = basis;
			this.notice = notice;
			this.rule = rule;
			this.redated = redated;
		}

		/** The letter that opens the window; its receipt starts it. */
		public LetterKind notice() {
			return notice;
		}

		/** When the window starts and how long it runs, with the source of that rule. */
		public String rule() {
			return rule;
		}

		/** The kind of window that {@code letter} opens, if any. */
		public static Optional<Kind> openedBy(LetterKind letter) {
			for (Kind k : values()) {
				if (k.notice == letter) {
					return Optional.of(k);
				}
			}
			return Optional.empty();
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
