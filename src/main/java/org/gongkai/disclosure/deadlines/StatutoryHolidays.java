package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;

/**
 * The statutory holidays of a year for all citizens (全体公民放假的节日), as 《全国年节及纪念日放假办法》 art 2
 * fixes them — the days every State Council notice must keep off, whatever else it
 * arranges. They serve twice: as the provisional non-working days of a year whose notice
 * is not yet loaded, and as the check that a loaded year lacks none of them.
 *
 * <p>
 * The 办法 in force for the year decides:
 * <ul>
 * <li>from 2025, as revised on 2024-11-10 (国务院令第795号): 元旦 1 January; 春节 农历除夕 and 正月初一 to
 * 初三; 清明节 the day of the solar term; 劳动节 1 and 2 May; 端午节 五月初五; 中秋节 八月十五; 国庆节 1 to 3
 * October — 13 days;</li>
 * <li>2014 to 2024, as revised in 2013 (国务院令第644号): the same without 除夕 and 2 May — 11
 * days;</li>
 * <li>2008 to 2013, as revised in 2007 (国务院令第513号): 春节 除夕, 初一 and 初二, 劳动节 1 May — 11
 * days.</li>
 * </ul>
 * What a notice adds — the substitute day for a holiday that falls on a weekend (办法 art
 * 6), bridging days and the 调休 weekends worked — is the State Council's to arrange and is
 * never guessed here.
 *
 * <p>
 * Lunar dates and the 清明 solar term come from 6tail's {@code lunar} library (寿星天文历
 * algorithm, new moons and solar terms reckoned in Beijing time as GB/T 33661-2017
 * 《农历的编算和颁行》 requires), never from a hand-written table; docs/clocks.md says why this
 * library and how it was verified.
 */
public final class StatutoryHolidays {

	/** The first year the three festivals 清明, 端午 and 中秋 were holidays (国务院令第513号). */
	public static final int FIRST_YEAR = 2008;

	/** The 办法 as revised in 2024: 除夕 and 2 May became holidays from 2025. */
	static final int REVISION_2024_FROM = 2025;

	/** The 办法 as revised in 2013: 除夕 ceased to be a holiday, 初三 became one, from 2014. */
	static final int REVISION_2013_FROM = 2014;

	private StatutoryHolidays() {
	}

	/** Whether the 办法 in force fixes the holidays of {@code year} (from 2008). */
	public static boolean known(int year) {
		return year >= FIRST_YEAR;
	}

	/**
	 * The statutory holidays of {@code year} in date order, weekends included (a holiday
	 * on a weekend is still a holiday; only the State Council places its substitute day).
	 */
	public static List<CalendarDay> of(int year) {
		if (!known(year)) {
			throw new Refusal("refusal.deadlines.holidays.before2008", FIRST_YEAR, year);
		}
		List<CalendarDay> days = new ArrayList<>();
		days.add(holiday(LocalDate.of(year, 1, 1), "元旦"));
		LocalDate newYear = lunar(year, 1, 1);
		if (year < REVISION_2013_FROM || year >= REVISION_2024_FROM) {
			days.add(holiday(newYear.minusDays(1), "春节（农历除夕）"));
		}
		int springFestivalDays = year < REVISION_2013_FROM ? 2 : 3;
		for (int i = 0; i < springFestivalDays; i++) {
			days.add(holiday(newYear.plusDays(i), "春节（正月初" + "一二三".charAt(i) + "）"));
		}
		days.add(holiday(qingming(year), "清明节"));
		days.add(holiday(LocalDate.of(year, 5, 1), "劳动节"));
		if (year >= REVISION_2024_FROM) {
			days.add(holiday(LocalDate.of(year, 5, 2), "劳动节"));
		}
		days.add(holiday(lunar(year, 5, 5), "端午节"));
		days.add(holiday(lunar(year, 8, 15), "中秋节"));
		for (int d = 1; d <= 3; d++) {
			days.add(holiday(LocalDate.of(year, 10, d), "国庆节"));
		}
		days.sort(Comparator.comparing(CalendarDay::date));
		return List.copyOf(days);
	}

	/**
	 * The Gregorian date of a day of the (non-leap) lunar month in lunar year
	 * {@code year}.
	 */
	static LocalDate lunar(int year, int month, int day) {
		return date(Lunar.fromYmd(year, month, day).getSolar());
	}

	/** The day of the 清明 solar term in {@code year} (Beijing time). */
	static LocalDate qingming(int year) {
		LocalDate day = date(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明"));
		if (day.getYear() != year) {
			throw new StateRefusal("refusal.deadlines.holidays.qingming", year, day);
		}
		return day;
	}

	private static LocalDate date(Solar solar) {
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

	private static CalendarDay holiday(LocalDate date, String name) {
		return new CalendarDay(date, CalendarDay.Kind.HOLIDAY, name);
	}

}
