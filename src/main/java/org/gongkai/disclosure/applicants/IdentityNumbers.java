package org.gongkai.disclosure.applicants;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Checks the two national identity numbers by their published check-digit rules, and
 * masks them for display.
 * <ul>
 * <li>居民身份证号码: GB 11643-1999, 18 characters, ISO 7064 MOD 11-2 check digit, a real birth
 * date;</li>
 * <li>统一社会信用代码: GB 32100-2015, 18 characters from a 31-character alphabet, MOD 31 check
 * character.</li>
 * </ul>
 */
public final class IdentityNumbers {

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private IdentityNumbers() {
	}

	public static boolean isValidResidentId(String id) {
		if (id == null || !id.matches("\\d{17}[\\dX]")) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.parse(id.substring(6, 14), BIRTH);
			if (birth.getYear() < 1880 || birth.isAfter(LocalDate.now())) {
				return false;
			}
		}
		catch (DateTimeException e) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK.charAt(sum % 11) == id.charAt(17);
	}

	public static boolean isValidUnifiedSocialCreditCode(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = USCC_ALPHABET.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * USCC_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return USCC_ALPHABET.charAt(check) == code.charAt(17);
	}

	/**
	 * Keeps only the first and the last character, for every kind of document:
	 * {@code 1****************4}, {@code E*******8}. More (the region and the last four
	 * of a 身份证号) would leave little but a birth date to guess, and the check digit
	 * narrows that further.
	 */
	public static String mask(String number) {
		if (number == null || number.isEmpty()) {
			return "";
		}
		if (number.length() <= 4) {
			return "*".repeat(number.length());
		}
		return number.charAt(0) + "*".repeat(number.length() - 2) + number.charAt(number.length() - 1);
	}

	/** Keeps the first three and the last four digits of a phone number. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 8) {
			return phone == null ? "" : "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
