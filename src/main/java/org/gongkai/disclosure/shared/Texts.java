package org.gongkai.disclosure.shared;

/**
 * Rules for free text that people type: required, trimmed, bounded, and free of control
 * characters (which PostgreSQL refuses in text, and which have no place in a request or a
 * letter). Line breaks and tabs are allowed.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The trimmed text, or an {@link IllegalArgumentException} naming {@code what} in
	 * Chinese.
	 */
	public static String require(String value, String what, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new Refusal("refusal.shared.text.required", what);
		}
		return optional(value, what, maxLength);
	}

	/** Like {@link #require} but null or blank gives null. */
	public static String optional(String value, String what, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw new Refusal("refusal.shared.text.tooLong", what, maxLength);
		}
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f
					|| Character.isSurrogate(c) && !validSurrogatePair(trimmed, i)) {
				throw new Refusal("refusal.shared.text.controlCharacters", what);
			}
		}
		return trimmed;
	}

	private static boolean validSurrogatePair(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
	}

}
