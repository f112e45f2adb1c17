package org.gongkai.disclosure.accounts;

import java.nio.charset.StandardCharsets;

import org.gongkai.disclosure.shared.Refusal;

/**
 * Minimal credential rules (ASVS 5.0 §6.2: at least 8 characters, no upper limit below
 * 64, not the username).
 */
final class PasswordPolicy {

	private PasswordPolicy() {
	}

	static boolean isEncodable(CharSequence raw) {
		return StandardCharsets.UTF_8.newEncoder().canEncode(raw);
	}

	static boolean isWellFormedUsername(String username) {
		return username != null && username.matches("[A-Za-z0-9._-]{3,64}");
	}

	static void check(String username, String rawPassword) {
		if (!isWellFormedUsername(username)) {
			throw new Refusal("refusal.accounts.password.username");
		}
		if (rawPassword == null || rawPassword.length() < 8 || rawPassword.length() > 128
				|| !isEncodable(rawPassword)) {
			throw new Refusal("refusal.accounts.password.length");
		}
		if (rawPassword.equalsIgnoreCase(username)) {
			throw new Refusal("refusal.accounts.password.sameAsUsername");
		}
	}

}
