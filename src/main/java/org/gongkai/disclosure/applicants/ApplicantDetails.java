package org.gongkai.disclosure.applicants;

import java.util.Locale;

import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;
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

	/**
	 * Checks every field and adds each one's problem to {@code problems} (the rules an
	 * {@link Applicant} enforces), so that a form can show them all at once.
	 */
	public void check(InvalidFields.Collector problems) {
		problems.require(category != null, "category", "refusal.applicants.details.chooseCategory")
			.check("name", () -> Texts.require(name, "姓名或名称", 200))
			.require(idDocumentType != null, "idDocumentType", "refusal.applicants.details.chooseIdDocumentType")
			.check("idDocumentNumber", this::checkIdNumber)
			.check("phone", () -> {
				if (!Texts.require(phone, "联系电话", 40).matches("[0-9+\\- ]{5,40}")) {
					throw new Refusal("refusal.applicants.details.phone");
				}
			})
			.check("email", () -> {
				String trimmed = Texts.optional(email, "电子邮箱", 200);
				if (trimmed != null && !trimmed.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}")) {
					throw new Refusal("refusal.applicants.details.email");
				}
			})
			.check("address", () -> Texts.optional(address, "通信地址", 300));
	}

	private void checkIdNumber() {
		String number = Texts.require(idDocumentNumber, "身份证明号码", 64).toUpperCase(Locale.ROOT);
		if (category != null && idDocumentType != null
				&& category.isOrganisation() != idDocumentType.forOrganisations()) {
			throw new Refusal(category.isOrganisation() ? "refusal.applicants.details.organisationDocument"
					: "refusal.applicants.details.personalDocument");
		}
		if (idDocumentType == IdDocumentType.RESIDENT_ID_CARD && !IdentityNumbers.isValidResidentId(number)) {
			throw new Refusal("refusal.applicants.details.idNumber");
		}
		if (idDocumentType == IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
				&& !IdentityNumbers.isValidUnifiedSocialCreditCode(number)) {
			throw new Refusal("refusal.applicants.details.creditCode");
		}
	}

}
