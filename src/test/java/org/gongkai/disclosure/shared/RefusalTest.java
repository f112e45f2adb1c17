package org.gongkai.disclosure.shared;

import java.util.Locale;

import org.gongkai.disclosure.casework.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A refusal speaks Chinese by its message (logs, ledgers, tests) and the reader's
 * language at the web edge, from the bundles as the application reads them.
 */
class RefusalTest {

	private final ResourceBundleMessageSource bundles = bundles();

	@Test
	void itsMessageIsTheChineseTextWithItsArgumentsAsConcatenationPrintedThem() {
		Refusal refusal = new Refusal("refusal.shared.text.tooLong", "申请内容", 10000);

		assertThat(refusal.getMessage()).isEqualTo("申请内容不得超过10000个字符");
		assertThat(refusal).isInstanceOf(IllegalArgumentException.class);
		assertThat(refusal.key()).isEqualTo("refusal.shared.text.tooLong");
	}

	@Test
	void theWebEdgeWordsItInTheRequestsLanguage() {
		Refusal refusal = new Refusal("refusal.shared.text.tooLong", "Request", 10000);

		assertThat(new MessageSourceAccessor(bundles, Locale.ENGLISH).getMessage(refusal))
			.isEqualTo("Request must not be longer than 10000 characters");
		assertThat(new MessageSourceAccessor(bundles, Locale.SIMPLIFIED_CHINESE).getMessage(refusal))
			.isEqualTo("Request不得超过10000个字符");
		assertThat(RefusalWords.of(refusal, new MessageSourceAccessor(bundles, Locale.ENGLISH)))
			.isEqualTo("Request must not be longer than 10000 characters");
		assertThat(RefusalWords.of(new IllegalArgumentException("原样"), new MessageSourceAccessor(bundles)))
			.isEqualTo("原样");
	}

	@Test
	void aRefusalOfTheStateIsAnIllegalStateException() {
		StateRefusal refusal = new StateRefusal("refusal.deadlines.clock.extendedOnce");

		assertThat(refusal).isInstanceOf(IllegalStateException.class);
		assertThat(refusal.getMessage()).isEqualTo("答复期限只能延长一次");
		assertThat(new MessageSourceAccessor(bundles, Locale.ENGLISH).getMessage(refusal))
			.isEqualTo("The reply period can be extended only once");
	}

	@Test
	void aReasonWithoutTheRefusalReadsAsItsChineseText() {
		assertThat(Refusal.text("refusal.shared.paging.size", 100)).hasToString("每页条数（size）须为1至100");
	}

	@Test
	void anEnumArgumentSpeaksTheReadersLanguageToo() {
		Refusal refusal = new Refusal("refusal.shared.text.required", Refusal.label(Channel.ONLINE));

		assertThat(refusal.getMessage()).isEqualTo(Channel.ONLINE.label() + "不能为空");
		assertThat(new MessageSourceAccessor(bundles, Locale.ENGLISH).getMessage(refusal))
			.isEqualTo("Internet (online request) must not be empty");
	}

	@Test
	void everyProblemOfAFormIsWordedInTheReadersLanguage() {
		InvalidFields.Collector problems = new InvalidFields.Collector()
			.check("name", () -> Texts.require(" ", "姓名", 10))
			.require(false, "phone", "refusal.shared.paging.negativePage");
		assertThatExceptionOfType(InvalidFields.class).isThrownBy(problems::throwIfAny).satisfies(invalid -> {
			assertThat(invalid.getMessage()).isEqualTo("姓名不能为空；页码（page）不得为负数");
			assertThat(invalid.problems()).containsEntry("name", "姓名不能为空");
			assertThat(invalid.problems(new MessageSourceAccessor(bundles, Locale.ENGLISH)))
				.containsEntry("name", "姓名 must not be empty")
				.containsEntry("phone", "The page number (page) must not be negative");
		});
	}

	/** The bundles as application.yml lists them. */
	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("messages", "i18n/enums", RefusalText.BUNDLE);
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
