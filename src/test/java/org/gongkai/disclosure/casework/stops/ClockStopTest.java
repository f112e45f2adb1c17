package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window's explanation is keyed ({@code deadlines.window.*}) and still reads in Chinese
 * exactly as the sentence the letters, the API and the pages printed before it was
 * (written out here as it was composed in Java): the notice's title and the rule come
 * from the bundle and must stay the Java constants' words.
 */
class ClockStopTest {

	private static final CaseId CASE = new CaseId(UUID.randomUUID());

	private static final LocalDate SENT = LocalDate.of(2024, 10, 8);

	private static final LocalDate SERVED = LocalDate.of(2024, 10, 10);

	private static final LocalDate DUE = LocalDate.of(2024, 10, 24);

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aServedWindowReadsInChineseAsItAlwaysHas(Kind kind) {
		assertThat(new ClockStop(CASE, kind, null, SENT, SERVED, 10, DUE, null, false).explanation())
			.isEqualTo(kind.notice().title() + "于" + SERVED + "送达（第0日），自次日起" + "10个工作日" + "，至" + DUE + "届满（"
					+ kind.rule() + "）");
		assertThat(new ClockStop(CASE, kind, null, SENT, SERVED, null, DUE, null, false).explanation())
			.isEqualTo(kind.notice().title() + "于" + SERVED + "送达（第0日），自次日起" + "，至" + DUE + "届满（" + kind.rule() + "）");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aWindowAwaitingServiceReadsInChineseAsItAlwaysHas(Kind kind) {
		assertThat(new ClockStop(CASE, kind, null, SENT, null, 15, null, null, false).explanation()).isEqualTo(
				"待送达：" + kind.notice().title() + "于" + SENT + "发出，期限自受送达人收到之日起计算" + "15个工作日" + "（" + kind.rule() + "）");
		assertThat(new ClockStop(CASE, kind, null, SENT, null, null, null, null, false).explanation())
			.isEqualTo("待送达：" + kind.notice().title() + "于" + SENT + "发出，期限自受送达人收到之日起计算" + "（" + kind.rule() + "）");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void inEnglishTheWindowNamesItsNoticeAndRuleInEnglish(Kind kind) {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename("i18n/deadlines");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		String english = bundle.getMessage(
				new ClockStop(CASE, kind, null, SENT, SERVED, 10, DUE, null, false).explained(), Locale.ENGLISH);
		assertThat(english).startsWith("The ")
			.contains("was received on 2024-10-10 (day 0); 10 working days from the next day, ending on 2024-10-24 (")
			.doesNotContainPattern("\\p{IsHan}");
	}

}
