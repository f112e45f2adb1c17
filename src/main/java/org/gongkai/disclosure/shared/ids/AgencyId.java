package org.gongkai.disclosure.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An agency's id: the administrative organ (a government, a department or a town) that
 * receives requests and answers appeals, in one form from the URL to the database. In
 * JSON it is written and read as the plain UUID string.
 */
public record AgencyId(UUID value) {

	public AgencyId {
		Objects.requireNonNull(value, "agency id");
	}

	public static AgencyId random() {
		return new AgencyId(UUID.randomUUID());
	}

	/**
	 * The id written as a UUID; anything else is refused with
	 * {@link IllegalArgumentException}.
	 */
	@JsonCreator
	public static AgencyId of(String value) {
		return new AgencyId(UUID.fromString(value));
	}

	@Override
	@JsonValue
	public String toString() {
		return value.toString();
	}

}
