package org.gongkai.disclosure.shared;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A text the domain says without knowing the reader's language: the key of its words in a
 * bundle and their arguments. The web edge words it in the request's language (it is a
 * {@link MessageSourceResolvable}); letters, logs, ledger lines and tests take
 * {@link #chinese()}, the default bundle's text, read as Spring's message source reads it
 * for a Chinese page — a text without arguments as written, one with arguments through
 * {@link java.text.MessageFormat} (so a single quote is written twice there).
 * <p>
 * Arguments are kept as the text they were (what string concatenation would have printed:
 * {@code 10000}, not {@code 10,000}; {@code 2027}, not {@code 2,027}) in every language;
 * an argument that is itself keyed (an enum's words, a letter's title) is worded in the
 * same language as the text. The services' refusals ({@link Refusal}) and the deadlines'
 * explanation lines are keyed texts.
 */
public abstract class KeyedText implements MessageSourceResolvable {

	/**
	 * The bundles keyed texts come from, as {@code application.yml} lists them; a key is
	 * in one of them only ({@code MessageBundlesTest}).
	 */
	static final String[] BUNDLES = { "i18n/refusals", "i18n/deadlines" };

	private static final ResourceBundleMessageSource CHINESE = chineseBundles();

	private final String key;

	private final Object[] arguments;

	protected KeyedText(String key, Object[] arguments) {
		this.key = key;
		this.arguments = Arrays.stream(arguments)
			.map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a))
			.toArray();
	}

	public String key() {
		return this.key;
	}

	/** The text in Chinese, the default. */
	public String chinese() {
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

	/** Equal texts say the same thing: one key, equal arguments. */
	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && this.key.equals(((KeyedText) other).key)
				&& Arrays.equals(this.arguments, ((KeyedText) other).arguments);
	}

	@Override
	public int hashCode() {
		return 31 * this.key.hashCode() + Arrays.hashCode(this.arguments);
	}

	/** The Chinese text, as a log or a ledger line reads it. */
	@Override
	public String toString() {
		return chinese();
	}

	private static ResourceBundleMessageSource chineseBundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames(BUNDLES);
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
