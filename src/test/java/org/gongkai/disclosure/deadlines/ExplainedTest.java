package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline's explanation is keyed lines: Chinese by default (what the letters and the
 * API print, unchanged), English from {@code i18n/deadlines_en}, numbers never grouped.
 */
class ExplainedTest {

	private final WorkingCalendar calendar = NationalCalendar.calendar();

	private final ResourceBundleMessageSource bundle = bundle();

	@Test
	void theStepsOfADeadlineReadInEnglishWithTheSameDatesAndCounts() {
		List<ClockPeriod> periods = List.of(
				new ClockPeriod(ClockPeriod.Kind.RUNNING, d("2024-11-22"), d("2024-11-29"), "《条例》第三十一条"),
				new ClockPeriod(ClockPeriod.Kind.SUSPENDED, d("2024-11-29"), null, "《条例》第三十二条、第三十三条第三款"));
		DueDate due = StatutoryClock.answerClock(periods, 0).dueDate(calendar);
		assertThat(due.explanation()).containsExactly("收到申请 2024-11-22（第0日，《条例》第三十一条）",
				"2024-11-29起中止计时（《条例》第三十二条、第三十三条第三款）；已用5个工作日，尚余15个工作日");
		assertThat(due.steps()).extracting(line -> bundle.getMessage(line, Locale.ENGLISH))
			.containsExactly("Request received 2024-11-22 (day 0, 《条例》第三十一条)",
					"Clock stopped from 2024-11-29 (《条例》第三十二条、第三十三条第三款); 5 working days used, 15 left");
		assertThat(due.steps()).extracting(line -> bundle.getMessage(line, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo(due.explanation());
	}

	@Test
	void aProvisionalYearIsNamedWithoutAThousandsSeparatorInEitherLanguage() {
		// the answer period of a request received on 21 December 2026 runs into 2027,
		// whose notice is not out (db/cn-workdays.csv ends with 2026)
		DueDate due = StatutoryClock.answerClock(List.of(ClockPeriod.runningFrom(d("2026-12-21"), "《条例》第三十一条")), 0)
			.dueDate(calendar);
		assertThat(due.warnings()).singleElement().asString().startsWith("暂定：2027年尚无国务院办公厅节假日安排通知");
		assertThat(due.cautions()).singleElement()
			.extracting(line -> bundle.getMessage(line, Locale.ENGLISH))
			.asString()
			.startsWith(
					"Provisional: the State Council General Office has not yet published the holiday arrangements for 2027;");
	}

	@Test
	void equalLinesAreEqualAndPrintTheirChinese() {
		Explained line = Explained.of("deadlines.clock.expired", d("2024-10-31"));
		assertThat(line).isEqualTo(Explained.of("deadlines.clock.expired", "2024-10-31"))
			.hasSameHashCodeAs(Explained.of("deadlines.clock.expired", "2024-10-31"))
			.isNotEqualTo(Explained.of("deadlines.clock.expired", "2024-11-01"));
		assertThat(line).hasToString("2024-10-31答复期限已届满，其后的中止不再延后期限");
	}

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename(Explained.BUNDLE);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		return bundle;
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

}
