package org.gongkai.disclosure.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A service's refusal of what it was asked (bad input, a rule of the statute): HTTP 400
 * in the API, a message on the page. It carries the key of its words in the refusals
 * bundle ({@code i18n/refusals}, keys {@code refusal.<module>.<thing>}) and their
 * arguments, so that the web edge words it in the reader's language
 * ({@link RefusalWords}); the domain never knows about languages. Its
 * {@link #getMessage()} is the Chinese text, the default, for logs, ledgers and tests. A
 * refusal because of the state something is in is a {@link StateRefusal}.
 */
public class Refusal extends IllegalArgumentException implements MessageSourceResolvable {

	private final RefusalText text;

	/**
	 * @param key the words' key in {@code i18n/refusals}
	 * @param arguments the values for its {@code {0}}, {@code {1}} …; an enum constant's
	 * words go as {@link RefusalText#label}
	 */
	public Refusal(String key, Object... arguments) {
		this(new RefusalText(key, arguments));
	}

	private Refusal(RefusalText text) {
		super(text.chinese());
		this.text = text;
	}

	/**
	 * An enum constant's words as an argument of a refusal: its {@code label()} in
	 * Chinese, its English from the enums' bundle ({@link Labels}).
	 */
	public static MessageSourceResolvable label(Enum<?> constant) {
		return RefusalText.label(constant, "label");
	}

	/**
	 * An enum constant's other text (a public no-argument method such as
	 * {@code plainLabel}) as an argument, as {@link Labels#of(Enum, String)} shows it.
	 */
	public static MessageSourceResolvable label(Enum<?> constant, String method) {
		return RefusalText.label(constant, method);
	}

	/**
	 * A refusal's words without the refusal: a reason that another refusal gives as an
	 * argument.
	 */
	public static MessageSourceResolvable text(String key, Object... arguments) {
		return new RefusalText(key, arguments);
	}

	/** The same refusal, caused by {@code cause} (an unreadable file, a parse error). */
	public Refusal causedBy(Throwable cause) {
		initCause(cause);
		return this;
	}

	RefusalText text() {
		return this.text;
	}

	public String key() {
		return this.text.key();
	}

	@Override
	public String[] getCodes() {
		return this.text.getCodes();
	}

	@Override
	public Object[] getArguments() {
		return this.text.getArguments();
	}

}
