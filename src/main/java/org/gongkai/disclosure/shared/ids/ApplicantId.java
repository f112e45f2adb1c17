package org.gongkai.disclosure.shared.ids;

import java.util.Objects;
import java.util.UUID;

/** An applicant's id: the person or organisation behind a request. */
public record ApplicantId(UUID value) {

	public ApplicantId {
		Objects.requireNonNull(value, "applicant id");
	}

	public static ApplicantId random() {
		return new ApplicantId(UUID.randomUUID());
	}
}
