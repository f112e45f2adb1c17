package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a report is due and where it stands (条例 art 49: a department's report by 31
 * January, a government's summary by 31 March, unless a deadline is set for the agency):
 * {@code daysLeft} is negative once overdue; {@code reminder} is what the report page
 * shows, or null when nothing needs doing.
 */
public record ReportDeadline(int year, String scope, LocalDate dueOn, String basis, State state, long daysLeft,
		LocalDate publishedOn, String reminder) {

	/** One agency's report and its deadline, as the list of reminders shows it. */
	public record Due(String agencyCode, String agencyName, ReportDeadline deadline) {
	}

	/** Remind this many days before the deadline. */
	public static final int REMIND_DAYS_BEFORE = 30;

	public enum State {

		/**
		 * Not published; the deadline is more than {@link #REMIND_DAYS_BEFORE} days away.
		 */
		OPEN("未到期"),
		/** Not published; the deadline is near. */
		DUE_SOON("即将到期"),
		/** Not published by the deadline. */
		OVERDUE("已逾期"),
		/** Published by the deadline. */
		PUBLISHED("已按期发布"),
		/** Published after the deadline. */
		PUBLISHED_LATE("逾期发布");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * The deadline's state on {@code today} given the first publication's date (null:
	 * never published).
	 */
	static ReportDeadline on(LocalDate today, int year, ReportScope scope, LocalDate dueOn, String basis,
			LocalDate publishedOn) {
		long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
		String report = year + "年度" + (scope == ReportScope.SUMMARY ? "政府信息公开工作年度报告（本级政府汇总）" : "政府信息公开工作年度报告");
		State state;
		String reminder = null;
		if (publishedOn != null) {
			state = publishedOn.isAfter(dueOn) ? State.PUBLISHED_LATE : State.PUBLISHED;
		}
		else if (daysLeft < 0) {
			state = State.OVERDUE;
			reminder = "%s应于%s前发布，已逾期%d天（%s）".formatted(report, dueOn, -daysLeft, basis);
		}
		else if (daysLeft <= REMIND_DAYS_BEFORE) {
			state = State.DUE_SOON;
			reminder = "%s应于%s前发布，还有%d天（%s）".formatted(report, dueOn, daysLeft, basis);
		}
		else {
			state = State.OPEN;
		}
		return new ReportDeadline(year, scope.param(), dueOn, basis, state, daysLeft, publishedOn, reminder);
	}

}
