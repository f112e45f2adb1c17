package org.gongkai.disclosure.shared.ids;

import java.util.Objects;
import java.util.UUID;

/**
 * A case's id, in one form from the URL to the database. The process engine gets its text
 * ({@link #toString()}) as the business key and variable, as the process contract says.
 */
public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "case id");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	/**
	 * The id written as a UUID; anything else is refused with
	 * {@link IllegalArgumentException}.
	 */
	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
