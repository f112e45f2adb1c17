package org.gongkai.disclosure.accounts;

import java.time.Instant;

/** What an authenticator app shows for a secret now (tests sign in with it). */
public final class SecondFactorCodes {

	private SecondFactorCodes() {
	}

	/** What it shows at {@code instant} (the application's clock, e.g. a test clock). */
	public static String at(String secret, Instant instant) {
		return SecondFactor.currentCode(secret, instant.getEpochSecond());
	}

}
