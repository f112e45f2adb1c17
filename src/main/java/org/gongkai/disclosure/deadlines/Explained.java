package org.gongkai.disclosure.deadlines;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One line of a deadline's explanation (a step of the computation, a provisional-year
 * warning, a window's span): the key of its words in {@code i18n/deadlines} and their
 * arguments. A page words it in the reader's language ({@code ${@labels.of(line)}}); the
 * letters, the JSON API and the logs take {@link #chinese()}, the default bundle's text —
 * the words the office has always printed, character for character.
 * <p>
 * The Chinese is read as Spring's message source reads it for a Chinese page: a text
 * without arguments as written, one with arguments through
 * {@link java.text.MessageFormat} (a single quote is written twice there). Arguments are
 * kept as the text they were (dates as {@code 2024-10-08}, numbers as {@code 2027}, not
 * {@code 2,027}) in every language; an argument that is itself keyed (another
 * {@code Explained}: a letter's title, a rule) is worded in the same language as the
 * line.
 * <p>
 * The same design as the services' refusals ({@code shared.Refusal}); the two may become
 * one type.
 */
public final class Explained implements MessageSourceResolvable {

	/** The explanations' bundle, as {@code application.yml} lists it. */
	static final String BUNDLE = "i18n/deadlines";

	private static final ResourceBundleMessageSource CHINESE = chineseBundle();

	private final String key;

	private final Object[] arguments;

	private Explained(String key, Object[] arguments) {
		this.key = key;
		this.arguments = Arrays.stream(arguments)
			.map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a))
			.toArray();
	}

	/**
	 * @param key the words' key in {@code i18n/deadlines} ({@code deadlines.*})
	 * @param arguments the values for its {@code {0}}, {@code {1}} …, kept as text; a
	 * keyed argument ({@link MessageSourceResolvable}) is worded in the line's language
	 */
	public static Explained of(String key, Object... arguments) {
		return new Explained(key, arguments);
	}

	public String key() {
		return this.key;
	}

	/**
	 * The line in Chinese, the default: what letters print, the API returns and the tests
	 * read.
	 */
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

	/** Equal lines say the same thing: one key, equal arguments. */
	@Override
	public boolean equals(Object other) {
		return other instanceof Explained that && this.key.equals(that.key)
				&& Arrays.equals(this.arguments, that.arguments);
	}

	@Override
	public int hashCode() {
		return 31 * this.key.hashCode() + Arrays.hashCode(this.arguments);
	}

	/** The Chinese line, as a log prints it. */
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
