package org.gongkai.disclosure.accounts;

import java.nio.charset.StandardCharsets;

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
			throw new IllegalArgumentException("用户名须为3至64位字母、数字、点、下划线或连字符");
		}
		if (rawPassword == null || rawPassword.length() < 8 || rawPassword.length() > 128
				|| !isEncodable(rawPassword)) {
			throw new IllegalArgumentException("密码长度须为8至128位");
		}
		if (rawPassword.equalsIgnoreCase(username)) {
			throw new IllegalArgumentException("密码不得与用户名相同");
		}
	}

}
