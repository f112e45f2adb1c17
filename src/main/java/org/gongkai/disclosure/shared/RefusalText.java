package org.gongkai.disclosure.shared;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A refusal's key and arguments, and its Chinese text read from the default bundle
 * ({@code i18n/refusals.properties}) as Spring's message source reads it for a Chinese
 * page: a text without arguments as written, one with arguments through
 * {@link java.text.MessageFormat} (so a single quote is written twice there).
 * <p>
 * Arguments are kept as the text they were (what string concatenation would have
 * printed), so that a number reads {@code 10000} and not {@code 10,000}, in every
 * language; only an enum's words ({@link #label}) are looked up in the reader's language.
 */
final class RefusalText implements MessageSourceResolvable {

	/** The refusals' bundle, as {@code application.yml} lists it. */
	static final String BUNDLE = "i18n/refusals";

	private static final ResourceBundleMessageSource CHINESE = chineseBundle();

	private final String key;

	private final Object[] arguments;

	RefusalText(String key, Object[] arguments) {
		this.key = key;
		this.arguments = Arrays.stream(arguments)
			.map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a))
			.toArray();
	}

	/**
	 * An enum constant's words as an argument: its {@code label()} in Chinese, in another
	 * language {@code enum.<Name>.<CONSTANT>} of the enums' bundle (as {@link Labels#of}
	 * shows it).
	 */
	static MessageSourceResolvable label(Enum<?> constant, String method) {
		String key = "enum." + Labels.name(constant.getDeclaringClass()) + "." + constant.name()
				+ ("label".equals(method) ? "" : "." + method);
		return new DefaultMessageSourceResolvable(new String[] { key }, null, Labels.chinese(constant, method));
	}

	String key() {
		return this.key;
	}

	String chinese() {
		return CHINESE.getMessage(this, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}

	/** The Chinese text, as a log or a ledger line reads it. */
	@Override
	public String toString() {
		return chinese();
	}

	private static ResourceBundleMessageSource chineseBundle() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename(BUNDLE);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		return bundle;
	}

}
