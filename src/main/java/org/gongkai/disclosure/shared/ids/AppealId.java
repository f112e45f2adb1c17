package org.gongkai.disclosure.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An appeal's id (a 行政复议 or one instance of a 行政诉讼), in one form from the URL to the
 * database. The process engine gets its text ({@link #toString()}) as a variable, as the
 * process contract says. In JSON it is written and read as the plain UUID string.
 */
public record AppealId(UUID value) {

	public AppealId {
		Objects.requireNonNull(value, "appeal id");
	}

	public static AppealId random() {
		return new AppealId(UUID.randomUUID());
	}

	/**
	 * The id written as a UUID; anything else is refused with
	 * {@link IllegalArgumentException}.
	 */
	@JsonCreator
	public static AppealId of(String value) {
		return new AppealId(UUID.fromString(value));
	}

	@Override
	@JsonValue
	public String toString() {
		return value.toString();
	}

}
