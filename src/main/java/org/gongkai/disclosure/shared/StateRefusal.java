package org.gongkai.disclosure.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal because of the state something is in (a case already answered, a report
 * already published): HTTP 409 in the API, a message on the page. Keyed like a
 * {@link Refusal}; its {@link #getMessage()} is the Chinese text.
 */
public class StateRefusal extends IllegalStateException implements MessageSourceResolvable {

	private final RefusalText text;

	/**
	 * @param key the words' key in {@code i18n/refusals}
	 * @param arguments the values for its {@code {0}}, {@code {1}} …
	 */
	public StateRefusal(String key, Object... arguments) {
		this(new RefusalText(key, arguments));
	}

	private StateRefusal(RefusalText text) {
		super(text.chinese());
		this.text = text;
	}

	/** The same refusal, caused by {@code cause}. */
	public StateRefusal causedBy(Throwable cause) {
		initCause(cause);
		return this;
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
