package org.gongkai.disclosure.shared.ids;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's reference number, the one people read and say on the phone:
 * {@code <agency code>-<year>-<number>}, e.g. {@code DEMO-XQ-2026-00042}. The agency code
 * may itself contain hyphens; the year and the number are always the last two parts.
 * Gongkai hands out five-digit numbers ({@link #of}); a reference imported from an
 * agency's ledger may carry fewer or more digits, kept as written. The only place where
 * references are written and read apart.
 */
public record CaseReference(String agencyCode, int year, String number) {

	private static final Pattern FORM = Pattern.compile("(.+)-(\\d{4})-(\\d+)");

	public CaseReference {
		Objects.requireNonNull(agencyCode, "agency code");
		Objects.requireNonNull(number, "number");
	}

	/** The reference Gongkai hands out: the year's sequence written with five digits. */
	public static CaseReference of(String agencyCode, int year, int sequence) {
		return new CaseReference(agencyCode, year, "%05d".formatted(sequence));
	}

	/**
	 * The parts of a reference in this form; empty for one that is not (an imported
	 * ledger's own numbering, for example).
	 */
	public static Optional<CaseReference> parse(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(reference);
		return m.matches() ? Optional.of(new CaseReference(m.group(1), Integer.parseInt(m.group(2)), m.group(3)))
				: Optional.empty();
	}

	/** Whether this is the form of the references the agency {@code code} hands out. */
	public boolean belongsTo(String code) {
		return agencyCode.equals(code);
	}

	@Override
	public String toString() {
		return agencyCode + "-" + year + "-" + number;
	}

}
