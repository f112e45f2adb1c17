package org.gongkai.disclosure.deadlines;

import org.gongkai.disclosure.shared.KeyedText;

import org.springframework.context.MessageSourceResolvable;

/**
 * One line of a deadline's explanation (a step of the computation, a provisional-year
 * warning, a window's span): the key of its words in {@code i18n/deadlines} and their
 * arguments. A page words it in the reader's language ({@code ${@labels.of(line)}}); the
 * letters, the JSON API and the logs take {@link #chinese()}, the default bundle's text —
 * the words the office has always printed, character for character.
 * <p>
 * A {@link KeyedText}, as the services' refusals are.
 */
public final class Explained extends KeyedText {

	/** The explanations' bundle, as {@code application.yml} lists it. */
	static final String BUNDLE = "i18n/deadlines";

	private Explained(String key, Object[] arguments) {
		super(key, arguments);
	}

	/**
	 * @param key the words' key in {@code i18n/deadlines} ({@code deadlines.*})
	 * @param arguments the values for its {@code {0}}, {@code {1}} …, kept as text; a
	 * keyed argument ({@link MessageSourceResolvable}) is worded in the line's language
	 */
	public static Explained of(String key, Object... arguments) {
		return new Explained(key, arguments);
	}

}
