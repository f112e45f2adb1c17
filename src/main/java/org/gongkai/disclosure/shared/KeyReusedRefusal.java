package org.gongkai.disclosure.shared;

/**
 * An idempotency key sent again with different content: the earlier act stands, the new
 * one is refused (HTTP 422 in the API, {@code ApiProblems}), with a title naming what the
 * key was used for.
 */
public abstract class KeyReusedRefusal extends StateRefusal {

	private final String titleKey;

	/**
	 * @param titleKey the answer's title, a key of {@code i18n/refusals}
	 * @param key the refusal's words
	 * @param arguments the values for its {@code {0}}, {@code {1}} …
	 */
	protected KeyReusedRefusal(String titleKey, String key, Object... arguments) {
		super(key, arguments);
		this.titleKey = titleKey;
	}

	public String titleKey() {
		return titleKey;
	}

}
