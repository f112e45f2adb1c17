package org.gongkai.disclosure.shared;

import java.time.Duration;

/**
 * Too many of something in too short a time: the API answers 429 with
 * {@code Retry-After}; a page shows the message beside the form like any refused input
 * (hence an {@link IllegalArgumentException}).
 */
public class RateLimitExceeded extends IllegalArgumentException {

	private final Duration retryAfter;

	public RateLimitExceeded(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
