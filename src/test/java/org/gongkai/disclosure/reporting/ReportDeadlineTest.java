package org.gongkai.disclosure.reporting;

import java.time.LocalDate;

import org.gongkai.disclosure.reporting.ReportDeadline.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an annual report stands against its deadline (条例 art 49; issue 12 item 8). */
class ReportDeadlineTest {

	private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

	private static ReportDeadline on(String today, String publishedOn) {
		return ReportDeadline.on(LocalDate.parse(today), 2025, ReportScope.AGENCY, DUE, "《条例》第四十九条：每年1月31日前",
				publishedOn == null ? null : LocalDate.parse(publishedOn));
	}

	@Test
	void openUntilThirtyDaysBeforeThenARemindUntilTheDayThenOverdue() {
		assertThat(on("2025-12-31", null)).satisfies(d -> {
			assertThat(d.state()).isEqualTo(State.OPEN);
			assertThat(d.daysLeft()).isEqualTo(31);
			assertThat(d.reminder()).isNull();
		});
		assertThat(on("2026-01-01", null)).satisfies(d -> {
			assertThat(d.state()).isEqualTo(State.DUE_SOON);
			assertThat(d.reminder()).isEqualTo("2025年度政府信息公开工作年度报告应于2026-01-31前发布，还有30天（《条例》第四十九条：每年1月31日前）");
		});
		assertThat(on("2026-01-31", null).state()).isEqualTo(State.DUE_SOON);
		assertThat(on("2026-02-03", null)).satisfies(d -> {
			assertThat(d.state()).isEqualTo(State.OVERDUE);
			assertThat(d.daysLeft()).isEqualTo(-3);
			assertThat(d.reminder()).contains("已逾期3天");
		});
	}

	@Test
	void aPublishedReportIsOnTimeOrLateAndNeedsNoReminder() {
		assertThat(on("2026-03-01", "2026-01-31")).satisfies(d -> {
			assertThat(d.state()).isEqualTo(State.PUBLISHED);
			assertThat(d.reminder()).isNull();
		});
		assertThat(on("2026-03-01", "2026-02-01").state()).isEqualTo(State.PUBLISHED_LATE);
	}

	@Test
	void aSummaryIsNamedAsTheGovernmentsReport() {
		ReportDeadline summary = ReportDeadline.on(LocalDate.of(2026, 3, 20), 2025, ReportScope.SUMMARY,
				LocalDate.of(2026, 3, 31), ReportDeadlines.SUMMARY_BASIS, null);
		assertThat(summary.scope()).isEqualTo("summary");
		assertThat(summary.reminder()).startsWith("2025年度政府信息公开工作年度报告（本级政府汇总）应于2026-03-31前发布，还有11天");
	}

}
