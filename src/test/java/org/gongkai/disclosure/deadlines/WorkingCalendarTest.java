package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

	private final WorkingCalendar calendar = NationalCalendar.calendar();

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({
			// 2015: the Victory Day holiday of 3–4 September, made up on Sunday the 6th
			"2015-09-03, false", "2015-09-04, false", "2015-09-05, false", "2015-09-06, true", "2015-09-07, true",
			// 2020: the Spring Festival extension made 31 January a day off and 1
			// February no longer a working day
			"2020-01-31, false", "2020-02-01, false", "2020-01-19, true", "2020-02-03, true",
			// 2025: the two added statutory days, 农历除夕 and 2 May (国务院令第795号)
			"2025-01-28, false", "2025-05-02, false", "2025-01-26, true", "2025-04-27, true",
			// ordinary weekdays and weekends
			"2024-11-20, true", "2024-11-23, false", "2024-11-24, false",
			// year ends
			"2024-12-31, true", "2025-01-01, false", "2023-12-31, false", "2026-12-31, true" })
	void knowsHolidaysAndMakeUpDays(LocalDate date, boolean working) {
		assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@Test
	void theWorkingDaysAroundAHolidayAreFoundAcrossItsMakeUpDays() {
		// 2024 National Day: 1–7 October off, Sunday 29 September and Saturday 12
		// October worked (国办发明电〔2023〕7号)
		LocalDate holiday = LocalDate.of(2024, 10, 6);
		assertThat(calendar.lastWorkingDayOnOrBefore(holiday)).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(calendar.firstWorkingDayOnOrAfter(holiday)).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(calendar.lastWorkingDayOnOrBefore(LocalDate.of(2024, 9, 29))).isEqualTo(LocalDate.of(2024, 9, 29));
		assertThat(calendar.firstWorkingDayOnOrAfter(LocalDate.of(2024, 10, 12))).isEqualTo(LocalDate.of(2024, 10, 12));
	}

	@Test
	void dayZeroIsTheReceiptDateAndDayOneTheNextWorkingDay() {
		LocalDate received = LocalDate.of(2015, 9, 2);
		assertThat(calendar.addWorkingDays(received, 0)).isEqualTo(received);
		// 3 and 4 September are off, Saturday the 5th too, Sunday the 6th is worked
		assertThat(calendar.addWorkingDays(received, 1)).isEqualTo(LocalDate.of(2015, 9, 6));
		assertThat(calendar.addWorkingDays(received, 2)).isEqualTo(LocalDate.of(2015, 9, 7));
	}

	@Test
	void twentyWorkingDaysAcrossTheNationalDayWeek() {
		// received Sunday 29 September 2024, itself a make-up working day
		LocalDate received = LocalDate.of(2024, 9, 29);
		assertThat(calendar.addWorkingDays(received, 1)).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(calendar.addWorkingDays(received, 2)).isEqualTo(LocalDate.of(2024, 10, 8));
		// Saturday 12 October is worked, so day 6 falls on it
		assertThat(calendar.addWorkingDays(received, 6)).isEqualTo(LocalDate.of(2024, 10, 12));
		assertThat(calendar.addWorkingDays(received, 20)).isEqualTo(LocalDate.of(2024, 10, 31));
	}

	@Test
	void theSpringFestivalExtensionOf2020() {
		// received Thursday 23 January 2020: next working day was to be 1 February, the
		// extension moved it to 3 Feb
		assertThat(calendar.addWorkingDays(LocalDate.of(2020, 1, 23), 1)).isEqualTo(LocalDate.of(2020, 2, 3));
	}

	@Test
	void theAdditionalHolidaysOf2025() {
		// received Friday 24 January 2025; Sunday 26 January is worked, 28 January (除夕)
		// to 4 February are off
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 1, 26));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 2)).isEqualTo(LocalDate.of(2025, 1, 27));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
		// 1–5 May 2025 are off (2 May is one of the two added statutory days)
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 30), 1)).isEqualTo(LocalDate.of(2025, 5, 6));
	}

	@Test
	void acrossYearEnds() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2019, 12, 31), 1)).isEqualTo(LocalDate.of(2020, 1, 2));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3))).isEqualTo(3); // 31
																													// Dec,
																													// 2
																													// Jan,
																													// 3
																													// Jan
		assertThat(calendar.provisionalWarnings(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3))).isEmpty();
	}

	@Test
	void aYearWithoutANoticeTakesItsStatutoryHolidaysAndNoMakeUpDaysAndSaysSo() {
		// 2027 has no State Council notice in the data: Friday 1 January 2027 (元旦) is
		// not a working day
		assertThat(calendar.covers(2027)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1);
		assertThat(due).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(calendar.provisionalWarnings(LocalDate.of(2026, 12, 31), due)).singleElement()
			.asString()
			.startsWith("暂定：2027年尚无国务院办公厅节假日安排通知");
		// the weekdays among the 13 statutory days are off, weekends stay off, and no
		// weekend is invented as a 调休 working day
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).as("除夕, a Friday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("初三, a Monday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 5))).as("清明, a Monday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 9))).as("端午, a Wednesday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 15))).as("中秋, a Wednesday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).as("国庆, a Friday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 4))).as("no substitute day is guessed").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 7))).as("a Sunday stays off").isFalse();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31)))
			.as("261 weekdays less 1 Jan, 5 Feb, 8 Feb, 5 Apr, 9 Jun, 15 Sep, 1 Oct (1–2 May are a weekend)")
			.isEqualTo(261 - 7);
		assertThat(calendar.exceptionOn(LocalDate.of(2027, 5, 3))).as("no substitute for 1–2 May").isEmpty();
	}

	@Test
	void countsWorkingDaysBetweenAsTheInverseOfAdding() {
		LocalDate from = LocalDate.of(2023, 9, 20);
		for (int n = 0; n <= 60; n++) {
			assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
		}
		assertThat(calendar.workingDaysBetween(LocalDate.of(2015, 9, 6), LocalDate.of(2015, 9, 2))).isEqualTo(-1);
	}

	@Test
	void refusesAbsurdInput() {
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 1), -1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 1), 1_000_000))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(1000, 1, 1), LocalDate.of(3000, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDataHas462DaysWithTheirNames() {
		assertThat(NationalCalendar.days()).hasSize(462);
		assertThat(calendar.exceptionOn(LocalDate.of(2015, 9, 3))).get()
			.extracting(CalendarDay::name)
			.asString()
			.contains("抗日战争");
	}

	@Test
	void aYearWithoutANoticeWhereTwoFestivalsShareADayCountsIt() {
		// 2028: 中秋节 falls on 3 October, inside 国庆节 (both provisional statutory
		// holidays until a notice is loaded)
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 10, 3))).isFalse();
		// the statutory days only, no 调休 yet: 4, 5, 6 and 9 October are working days
		assertThat(calendar.workingDaysBetween(LocalDate.of(2028, 9, 29), LocalDate.of(2028, 10, 9))).isEqualTo(4);
	}

}
