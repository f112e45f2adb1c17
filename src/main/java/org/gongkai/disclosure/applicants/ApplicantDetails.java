package org.gongkai.disclosure.applicants;

import java.util.Locale;

import org.gongkai.disclosure.shared.InvalidFields;
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
		problems.require(category != null, "category", "请选择申请人类型")
			.check("name", () -> Texts.require(name, "姓名或名称", 200))
			.require(idDocumentType != null, "idDocumentType", "请选择身份证明类型")
			.check("idDocumentNumber", this::checkIdNumber)
			.check("phone", () -> {
				if (!Texts.require(phone, "联系电话", 40).matches("[0-9+\\- ]{5,40}")) {
					throw new IllegalArgumentException("联系电话格式不正确");
				}
			})
			.check("email", () -> {
				String trimmed = Texts.optional(email, "电子邮箱", 200);
				if (trimmed != null && !trimmed.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}")) {
					throw new IllegalArgumentException("电子邮箱格式不正确");
				}
			})
			.check("address", () -> Texts.optional(address, "通信地址", 300));
	}

	private void checkIdNumber() {
		String number = Texts.require(idDocumentNumber, "身份证明号码", 64).toUpperCase(Locale.ROOT);
		if (category != null && idDocumentType != null
				&& category.isOrganisation() != idDocumentType.forOrganisations()) {
			throw new IllegalArgumentException(
					category.isOrganisation() ? "法人或其他组织应提供统一社会信用代码或其他组织证明文件" : "自然人应提供个人身份证件");
		}
		if (idDocumentType == IdDocumentType.RESIDENT_ID_CARD && !IdentityNumbers.isValidResidentId(number)) {
			throw new IllegalArgumentException("居民身份证号码无效（请核对出生日期和校验位）");
		}
		if (idDocumentType == IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
				&& !IdentityNumbers.isValidUnifiedSocialCreditCode(number)) {
			throw new IllegalArgumentException("统一社会信用代码无效（请核对校验位）");
		}
	}

}
