package org.gongkai.disclosure.casework;

import java.util.Objects;
import java.util.UUID;

public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "case id");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
