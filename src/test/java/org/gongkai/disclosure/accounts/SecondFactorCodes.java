package org.gongkai.disclosure.accounts;

import java.time.Instant;

/** What an authenticator app shows for a secret now (tests sign in with it). */
public final class SecondFactorCodes {

	private SecondFactorCodes() {
	}

	public static String now(String secret) {
		return SecondFactor.currentCode(secret, Instant.now().getEpochSecond());
	}

}
