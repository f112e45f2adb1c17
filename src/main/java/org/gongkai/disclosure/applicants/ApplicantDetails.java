package org.gongkai.disclosure.applicants;

import org.gongkai.disclosure.shared.ids.ApplicantId;

/**
 * What an applicant (or an officer on their behalf) types in; validated when it becomes
 * an {@link Applicant}.
 */
public record ApplicantDetails(ApplicantCategory category, String name, IdDocumentType idDocumentType,
		String idDocumentNumber, String phone, String email, String address) {

	public Applicant toApplicant(ApplicantId id) {
		return new Applicant(id, category, name, idDocumentType, idDocumentNumber, phone, email, address);
	}
}
