package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nlf.calendar.LunarYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 and the lunar library behind them, checked
 * against the State Council's own calendars 2008–2026 (db/cn-workdays.csv, read without
 * the library) and against published future dates.
 */
class StatutoryHolidaysTest {

	private static final WorkingCalendar OFFICIAL = NationalCalendar.calendar();

	private static final Map<LocalDate, CalendarDay> ROWS = NationalCalendar.days();

	/**
	 * Every year of the official data keeps every statutory day of the 办法 then in force
	 * off: the rule is right for all three revisions, and so are the library's lunar and
	 * solar-term dates (a day off by one would, in most years, be a working day).
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
			2023, 2024, 2025, 2026 })
	void everyOfficialYearKeepsItsStatutoryHolidaysOff(int year) {
		assertThat(StatutoryHolidays.of(year))
			.allSatisfy(h -> assertThat(OFFICIAL.isWorkingDay(h.date())).as("%s %s", h.name(), h.date()).isFalse());
		CalendarAdministration.requireStatutoryHolidays(year,
				ROWS.values().stream().filter(d -> d.date().getYear() == year).toList());
	}

	/**
	 * The library's 春节, 清明, 端午 and 中秋 of each year lie inside the official holiday named
	 * after the festival: the days off around a row that carries its name (e.g. 2012's
	 * 「中秋节、国庆节」 run of 29 September to 7 October, 2012's 端午 row of Friday 22 June joined
	 * to the weekend of the 23rd). The expected runs come from the rows alone.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
			2023, 2024, 2025, 2026 })
	void theLibrarysFestivalsLieInTheOfficialHolidaysOfTheirName(int year) {
		assertThat(officialRun(year, "春节")).contains(StatutoryHolidays.lunar(year, 1, 1));
		assertThat(officialRun(year, "清明节")).contains(StatutoryHolidays.qingming(year));
		assertThat(officialRun(year, "端午节")).contains(StatutoryHolidays.lunar(year, 5, 5));
		assertThat(officialRun(year, "中秋节")).contains(StatutoryHolidays.lunar(year, 8, 15));
	}

	/**
	 * Published dates, transcribed by hand (not computed): the festivals of 2008–2026 as
	 * the State Council's notices and the calendars of those years printed them, and
	 * future years as the Hong Kong Observatory's 公曆與農曆日期對照表 and the calendars printed in
	 * China give them (2027: 春节 6 February, 除夕 5 February, 端午 9 June, 中秋 15 September;
	 * 2028: 春节 26 January). 2034 is the far side of the 「2033年问题」: by GB/T 33661-2017 the
	 * leap month of 2033 is the 11th, so 春节 2034 is 19 February.
	 */
	@ParameterizedTest(name = "{0}: 春节 {1}")
	@CsvSource({
			// year, 春节 (正月初一), 清明, 端午, 中秋
			"2008, 2008-02-07, 2008-04-04, 2008-06-08, 2008-09-14",
			"2009, 2009-01-26, 2009-04-04, 2009-05-28, 2009-10-03",
			"2010, 2010-02-14, 2010-04-05, 2010-06-16, 2010-09-22",
			"2011, 2011-02-03, 2011-04-05, 2011-06-06, 2011-09-12",
			"2012, 2012-01-23, 2012-04-04, 2012-06-23, 2012-09-30",
			"2013, 2013-02-10, 2013-04-04, 2013-06-12, 2013-09-19",
			"2014, 2014-01-31, 2014-04-05, 2014-06-02, 2014-09-08",
			"2015, 2015-02-19, 2015-04-05, 2015-06-20, 2015-09-27",
			"2016, 2016-02-08, 2016-04-04, 2016-06-09, 2016-09-15",
			"2017, 2017-01-28, 2017-04-04, 2017-05-30, 2017-10-04",
			"2018, 2018-02-16, 2018-04-05, 2018-06-18, 2018-09-24",
			"2019, 2019-02-05, 2019-04-05, 2019-06-07, 2019-09-13",
			"2020, 2020-01-25, 2020-04-04, 2020-06-25, 2020-10-01",
			"2021, 2021-02-12, 2021-04-04, 2021-06-14, 2021-09-21",
			"2022, 2022-02-01, 2022-04-05, 2022-06-03, 2022-09-10",
			"2023, 2023-01-22, 2023-04-05, 2023-06-22, 2023-09-29",
			"2024, 2024-02-10, 2024-04-04, 2024-06-10, 2024-09-17",
			"2025, 2025-01-29, 2025-04-04, 2025-05-31, 2025-10-06",
			"2026, 2026-02-17, 2026-04-05, 2026-06-19, 2026-09-25",
			// published future dates
			"2027, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15",
			"2028, 2028-01-26, 2028-04-04, 2028-05-28, 2028-10-03",
			"2029, 2029-02-13, 2029-04-04, 2029-06-16, 2029-09-22",
			"2030, 2030-02-03, 2030-04-05, 2030-06-05, 2030-09-12",
			"2034, 2034-02-19, 2034-04-05, 2034-06-20, 2034-09-27" })
	void theLibraryGivesThePublishedDates(int year, LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat,
			LocalDate midAutumn) {
		assertThat(StatutoryHolidays.lunar(year, 1, 1)).isEqualTo(springFestival);
		assertThat(StatutoryHolidays.qingming(year)).isEqualTo(qingming);
		assertThat(StatutoryHolidays.lunar(year, 5, 5)).isEqualTo(dragonBoat);
		assertThat(StatutoryHolidays.lunar(year, 8, 15)).isEqualTo(midAutumn);
	}

	@Test
	void theLeapMonthOf2033IsTheEleventhAsGbT33661Decides() {
		assertThat(LunarYear.fromYear(2033).getLeapMonth()).isEqualTo(11);
	}

	@Test
	void theThirteenDaysOf2027UnderThe2024Revision() {
		assertThat(StatutoryHolidays.of(2027)).extracting(d -> d.date() + " " + d.name())
			.containsExactly("2027-01-01 元旦", "2027-02-05 春节（农历除夕）", "2027-02-06 春节（正月初一）", "2027-02-07 春节（正月初二）",
					"2027-02-08 春节（正月初三）", "2027-04-05 清明节", "2027-05-01 劳动节", "2027-05-02 劳动节", "2027-06-09 端午节",
					"2027-09-15 中秋节", "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节");
	}

	@Test
	void theEarlierRevisionsHadElevenDays() {
		// 2013 revision (2014–2024): no 除夕, no 2 May
		assertThat(StatutoryHolidays.of(2024)).hasSize(11)
			.extracting(CalendarDay::date)
			.doesNotContain(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 5, 2))
			.contains(LocalDate.of(2024, 2, 12));
		// 2007 revision (2008–2013): 除夕, 初一 and 初二
		assertThat(StatutoryHolidays.of(2012)).hasSize(11)
			.extracting(CalendarDay::date)
			.contains(LocalDate.of(2012, 1, 22), LocalDate.of(2012, 1, 24))
			.doesNotContain(LocalDate.of(2012, 1, 25));
		assertThatThrownBy(() -> StatutoryHolidays.of(2007)).isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * The days off around every row of {@code year} whose name mentions {@code festival}.
	 */
	private static Set<LocalDate> officialRun(int year, String festival) {
		List<LocalDate> named = ROWS.values()
			.stream()
			.filter(d -> d.date().getYear() == year && d.kind() == CalendarDay.Kind.HOLIDAY
					&& d.name().contains(festival))
			.map(CalendarDay::date)
			.toList();
		Set<LocalDate> run = new HashSet<>();
		if (named.isEmpty()) {
			// no weekday was given off for it (中秋 on Sunday 27 September 2015): the
			// festival fell on a weekend that was not worked
			for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
				if (d.getDayOfWeek().getValue() >= 6 && !OFFICIAL.isWorkingDay(d)) {
					run.add(d);
				}
			}
			return run;
		}
		for (LocalDate day : named) {
			for (LocalDate d = day; !OFFICIAL.isWorkingDay(d); d = d.minusDays(1)) {
				run.add(d);
			}
			for (LocalDate d = day; !OFFICIAL.isWorkingDay(d); d = d.plusDays(1)) {
				run.add(d);
			}
		}
		return run;
	}

}
