package org.gongkai.disclosure.shared;

import java.time.Duration;

/**
 * Too many of something in too short a time: the API answers 429 with
 * {@code Retry-After}; a page shows the message beside the form like any refused input
 * (hence a {@link Refusal}).
 */
public class RateLimitExceeded extends Refusal {

	private final Duration retryAfter;

	/**
	 * @param retryAfter how long until it may be tried again
	 * @param key the words' key in {@code i18n/refusals}
	 * @param arguments the values for its {@code {0}}, {@code {1}} …
	 */
	public RateLimitExceeded(Duration retryAfter, String key, Object... arguments) {
		super(key, arguments);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
