package org.gongkai.disclosure.casework.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.stops.ClockStop;
import org.gongkai.disclosure.deadlines.DueDate;

/**
 * Where a case stands, as its applicant follows it: received → 补正 (when one was asked
 * for) → in progress, with the periods the clock stood still (a fee, a consultation, an
 * explanation: 条例 arts 32, 34, 35, 42) and the live deadline → answered; or withdrawn, or
 * ended by a lapsed 补正 or fee. Derived from the case record each time, never stored.
 *
 * @param stages the steps in order, each done, current or still to come
 * @param suspensions the periods the reply clock stood still, in order
 * @param due the reply deadline as it stands (null date while the clock stands still)
 * @param open whether the case is still being handled (the deadline is shown only then)
 */
public record CaseProgress(List<Stage> stages, List<Suspension> suspensions, DueDate due, boolean open) {

	/** The steps a request goes through, as the applicant sees them. */
	public enum Step {

		/** 已收到 (条例 art 31: the day received). */
		RECEIVED,
		/** 补正 (art 30): asked for, and answered or lapsed. */
		CORRECTION,
		/** 办理中: from acceptance (or the 补正's arrival) to the reply. */
		IN_PROGRESS,
		/** 已答复: the reply issued. */
		ANSWERED,
		/** 已撤回: the applicant withdrew the request. */
		WITHDRAWN,
		/** 已终止: the request ended because a 补正 or a fee lapsed (art 30, art 42). */
		ENDED

	}

	public enum State {

		DONE, CURRENT, UPCOMING

	}

	/** One step, and the day it was reached (null while to come). */
	public record Stage(Step step, State state, LocalDate on) {

		public boolean current() {
			return state == State.CURRENT;
		}

	}

	/**
	 * A period the reply clock stood still.
	 *
	 * @param kind which clock stop (fee, consultation, explanation)
	 * @param from the day it began
	 * @param until the day it ended, null while it lasts
	 */
	public record Suspension(ClockStop.Kind kind, LocalDate from, LocalDate until) {
	}

	/**
	 * Whether the case waits for the applicant's 补正: the reply period then starts afresh
	 * when the 补正 arrives (条例 art 30), it is not suspended.
	 */
	public boolean awaitingCorrection() {
		return stages.stream().anyMatch(s -> s.step() == Step.CORRECTION && s.current());
	}

	private static final Set<CaseStatus> ANSWERED = Set.of(CaseStatus.ANSWERED, CaseStatus.CLOSED);

	/** The progress of the case {@code detail} shows. */
	public static CaseProgress of(CaseViews.CaseDetail detail) {
		DisclosureCase c = detail.theCase();
		List<Stage> stages = new ArrayList<>();
		stages.add(new Stage(Step.RECEIVED, State.DONE, c.receivedOn()));
		Optional.ofNullable(detail.correction()).ifPresent(correction -> {
			boolean awaiting = c.status() == CaseStatus.AWAITING_CORRECTION;
			stages.add(new Stage(Step.CORRECTION, awaiting ? State.CURRENT : State.DONE,
					awaiting ? correction.notifiedOn() : correction.window().answeredOn()));
		});
		boolean ended = ANSWERED.contains(c.status());
		if (detail.withdrawn()) {
			stages.add(new Stage(Step.WITHDRAWN, State.DONE, c.closedOn()));
		}
		else if (detail.endedByLapse()) {
			stages.add(new Stage(Step.ENDED, State.DONE, c.closedOn()));
		}
		else {
			boolean inProgress = !ended && c.status() != CaseStatus.AWAITING_CORRECTION;
			LocalDate started = detail.correction() == null ? c.receivedOn()
					: detail.correction().window().answeredOn();
			stages.add(new Stage(Step.IN_PROGRESS, ended ? State.DONE : inProgress ? State.CURRENT : State.UPCOMING,
					ended || inProgress ? started : null));
			stages.add(new Stage(Step.ANSWERED, ended ? State.DONE : State.UPCOMING,
					ended ? Optional.ofNullable(c.decidedOn()).orElse(c.closedOn()) : null));
		}
		List<Suspension> suspensions = new ArrayList<>();
		Optional.ofNullable(detail.fee()).ifPresent(f -> suspensions.add(suspension(f.window())));
		Optional.ofNullable(detail.consultation()).ifPresent(k -> suspensions.add(suspension(k.window())));
		Optional.ofNullable(detail.explanation())
			.filter(e -> e.clockStops())
			.ifPresent(e -> suspensions.add(suspension(e.window())));
		return new CaseProgress(List.copyOf(stages), List.copyOf(suspensions), detail.due(), c.status().isOpen());
	}

	private static Suspension suspension(ClockStop window) {
		LocalDate until = window.answeredOn();
		if (until == null && window.lapsed()) {
			until = window.dueOn();
		}
		return new Suspension(window.kind(), window.sentOn(), until);
	}

}
