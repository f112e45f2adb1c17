package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.deadlines.ClockPeriod.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatutoryClockTest {

	private static final String RECEIPT = "《条例》第三十一条";

	private final WorkingCalendar calendar = NationalCalendar.calendar();

	@Test
	void twentyWorkingDaysFromReceiptExplainedStepByStep() {
		DueDate due = StatutoryClock.answerClock(List.of(ClockPeriod.runningFrom(d("2024-09-29"), RECEIPT)), 0)
			.dueDate(calendar);
		assertThat(due.date()).isEqualTo(d("2024-10-31"));
		assertThat(due.suspended()).isFalse();
		assertThat(due.explanation()).containsExactly("收到申请 2024-09-29（第0日，《条例》第三十一条）", "第1个工作日 2024-09-30",
				"第20个工作日 2024-10-31：答复期限届满");
		assertThat(due.warnings()).isEmpty();
	}

	@Test
	void aConsultationSuspendsTheClockAndTheRemainingDaysRunOnResumption() {
		// 5 working days used (25–29 Nov 2024), then 15 working days of third-party
		// consultation (art 32, 33 ¶3)
		List<ClockPeriod> periods = List.of(new ClockPeriod(Kind.RUNNING, d("2024-11-22"), d("2024-11-29"), RECEIPT),
				new ClockPeriod(Kind.SUSPENDED, d("2024-11-29"), d("2024-12-20"), "《条例》第三十二条、第三十三条第三款"),
				new ClockPeriod(Kind.RUNNING, d("2024-12-20"), null, "第三方意见已收到"));
		DueDate due = StatutoryClock.answerClock(periods, 0).dueDate(calendar);
		// 15 working days remain from 20 December: 23 Dec … 10 Jan 2025 (1 January is a
		// holiday)
		assertThat(due.date()).isEqualTo(d("2025-01-13"));
		assertThat(due.explanation()).contains("2024-11-29起中止计时（《条例》第三十二条、第三十三条第三款）；已用5个工作日，尚余15个工作日");
	}

	@Test
	void whileSuspendedThereIsNoDueDate() {
		List<ClockPeriod> periods = List.of(new ClockPeriod(Kind.RUNNING, d("2024-11-22"), d("2024-11-29"), RECEIPT),
				new ClockPeriod(Kind.SUSPENDED, d("2024-11-29"), null, "收费通知"));
		DueDate due = StatutoryClock.answerClock(periods, 0).dueDate(calendar);
		assertThat(due.suspended()).isTrue();
		assertThat(due.remainingWorkingDays()).isEqualTo(15);
	}

	@Test
	void aCorrectionRestartsTheFullPeriod() {
		List<ClockPeriod> periods = List.of(new ClockPeriod(Kind.RUNNING, d("2024-11-22"), d("2024-11-26"), RECEIPT),
				new ClockPeriod(Kind.SUSPENDED, d("2024-11-26"), d("2024-12-02"), "《条例》第三十条：补正期间"),
				new ClockPeriod(Kind.RESTARTED, d("2024-12-02"), null, "《条例》第三十条：收到补正"));
		DueDate due = StatutoryClock.answerClock(periods, 0).dueDate(calendar);
		assertThat(due.date()).isEqualTo(calendar.addWorkingDays(d("2024-12-02"), 20));
		assertThat(due.explanation()).contains("2024-12-02重新起算答复期限（《条例》第三十条：收到补正），当日为第0日");
	}

	@Test
	void anApprovedExtensionAddsUpToTwentyWorkingDaysOnce() {
		DueDate due = StatutoryClock.answerClock(List.of(ClockPeriod.runningFrom(d("2024-09-29"), RECEIPT)), 20)
			.dueDate(calendar);
		assertThat(due.date()).isEqualTo(calendar.addWorkingDays(d("2024-09-29"), 40));
		assertThat(due.explanation()).last().asString().contains("第40个工作日").contains("含经批准延长的20个工作日");
		assertThatThrownBy(
				() -> StatutoryClock.answerClock(List.of(ClockPeriod.runningFrom(d("2024-09-29"), RECEIPT)), 21))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("20个工作日");
	}

	@Test
	void aClosedCaseKeepsTheDueDateItHad() {
		DueDate due = StatutoryClock
			.answerClock(List.of(new ClockPeriod(Kind.RUNNING, d("2024-09-29"), d("2024-10-10"), RECEIPT)), 0)
			.dueDate(calendar);
		assertThat(due.date()).isEqualTo(d("2024-10-31"));
	}

	@Test
	void aSuspensionAfterTheDeadlineHasPassedDoesNotReviveIt() {
		List<ClockPeriod> periods = List.of(new ClockPeriod(Kind.RUNNING, d("2024-09-29"), d("2024-11-05"), RECEIPT),
				new ClockPeriod(Kind.SUSPENDED, d("2024-11-05"), d("2024-11-20"), "收费通知"),
				new ClockPeriod(Kind.RUNNING, d("2024-11-20"), null, "已缴费"));
		DueDate due = StatutoryClock.answerClock(periods, 0).dueDate(calendar);
		assertThat(due.date()).isEqualTo(d("2024-10-31"));
		assertThat(due.explanation()).contains("2024-10-31答复期限已届满，其后的中止不再延后期限");
	}

	@Test
	void aDeadlineInEarlyJanuaryOfAYearWithoutANoticeSkipsNewYearsDayAndSaysItIsProvisional() {
		// received Monday 21 December 2026; 2027 has no notice yet. Working days 1–8 are
		// 22–31 December; Friday 1 January 2027 is 元旦 (办法 art 2), so day 9 is Monday
		// the 4th and day 20 Tuesday 19 January (Monday–Friday alone would give the 18th)
		DueDate due = StatutoryClock.answerClock(List.of(ClockPeriod.runningFrom(d("2026-12-21"), RECEIPT)), 0)
			.dueDate(calendar);
		assertThat(due.date()).isEqualTo(d("2027-01-19"));
		assertThat(due.warnings())
			.containsExactly("暂定：2027年尚无国务院办公厅节假日安排通知，该年日期按《全国年节及纪念日放假办法》规定的法定节假日计算（周末照常休息，不计调休），尚未经国务院通知确认");
		// received on the last working day of 2026: the first working day is Monday 4
		// January, not 元旦
		DueDate oneDay = new StatutoryClock(List.of(ClockPeriod.runningFrom(d("2026-12-31"), RECEIPT)), 1, 0)
			.dueDate(calendar);
		assertThat(oneDay.date()).isEqualTo(d("2027-01-04"));
	}

	@Test
	void aDeadlineAcrossTheSpringFestivalOfAYearWithoutANoticeSkipsItsWeekdays() {
		// 2027: 除夕 Friday 5 February, 初一 to 初三 Saturday 6 to Monday 8 February; the two
		// weekdays among them are off, no weekend is worked. Received Friday 29 January:
		// 1–4 February are days 1–4, 9–12 February days 5–8, … 1 and 2 March days 19 and
		// 20 (Monday–Friday alone would end on 26 February)
		DueDate due = StatutoryClock.answerClock(List.of(ClockPeriod.runningFrom(d("2027-01-29"), RECEIPT)), 0)
			.dueDate(calendar);
		assertThat(due.date()).isEqualTo(d("2027-03-02"));
		assertThat(due.explanation()).last().asString().startsWith("第20个工作日 2027-03-02");
		assertThat(due.warnings())
			.containsExactly("暂定：2027年尚无国务院办公厅节假日安排通知，该年日期按《全国年节及纪念日放假办法》规定的法定节假日计算（周末照常休息，不计调休），尚未经国务院通知确认");
	}

	@Test
	void refusesAClockThatDoesNotStartRunning() {
		assertThatThrownBy(() -> StatutoryClock
			.answerClock(List.of(new ClockPeriod(Kind.SUSPENDED, d("2024-01-02"), null, "x")), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ClockPeriod(Kind.RUNNING, d("2024-01-02"), d("2024-01-01"), "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

}
