package org.gongkai.disclosure.applicants;

import java.util.Objects;
import java.util.UUID;

public record ApplicantId(UUID value) {

	public ApplicantId {
		Objects.requireNonNull(value, "applicant id");
	}

	public static ApplicantId random() {
		return new ApplicantId(UUID.randomUUID());
	}
}
