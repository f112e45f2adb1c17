package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;

import org.gongkai.disclosure.shared.Refusal;

/**
 * One stretch of a case's statutory clock, with the legal basis that started it.
 *
 * <ul>
 * <li>{@code RUNNING}: the count goes on from {@code startsOn} (day 0 of this
 * stretch);</li>
 * <li>{@code RESTARTED}: a fresh full period starts at {@code startsOn} (条例 art 30: 补正
 * received);</li>
 * <li>{@code SUSPENDED}: the count stops (条例 art 33 ¶3: consultation; fee notice),
 * nothing elapses.</li>
 * </ul>
 * {@code endsOn} is null for the current period. A running stretch consumes the working
 * days in ({@code startsOn}, {@code endsOn}].
 */
public record ClockPeriod(Kind kind, LocalDate startsOn, LocalDate endsOn, String legalBasis) {

	public enum Kind {

		RUNNING("计时"), RESTARTED("重新计时"), SUSPENDED("中止计时");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Why a {@code RESTARTED} period starts a fresh full count (column
	 * {@code restart_reason}).
	 */
	public enum RestartReason {

		/** 条例 art 30: the 补正 arrived; the period counts from its receipt. */
		CORRECTION,
		/**
		 * 重新答复: a 行政复议 decision or a judgment ordered the request answered again; an
		 * extension granted before does not carry over.
		 */
		REANSWER

	}

	public ClockPeriod {
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new Refusal("refusal.deadlines.period.endBeforeStart");
		}
	}

	public static ClockPeriod runningFrom(LocalDate dayZero, String legalBasis) {
		return new ClockPeriod(Kind.RUNNING, dayZero, null, legalBasis);
	}

	public boolean isCurrent() {
		return endsOn == null;
	}

	public boolean counts() {
		return kind != Kind.SUSPENDED;
	}
}
