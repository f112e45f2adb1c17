package org.gongkai.disclosure.applicants;

import java.util.Locale;
import java.util.Objects;

import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.ApplicantId;

/**
 * A citizen or organisation asking for information. The category decides the report
 * column; the identity document must fit the category (a resident ID for a person, a
 * credit code or other proof for an organisation).
 */
public record Applicant(ApplicantId id, ApplicantCategory category, String name, IdDocumentType idDocumentType,
		String idDocumentNumber, String phone, String email, String address) {

	public Applicant {
		Objects.requireNonNull(id);
		if (category == null) {
			throw new IllegalArgumentException("请选择申请人类型");
		}
		if (idDocumentType == null) {
			throw new IllegalArgumentException("请选择身份证明类型");
		}
		name = Texts.require(name, "姓名或名称", 200);
		idDocumentNumber = Texts.require(idDocumentNumber, "身份证明号码", 64).toUpperCase(Locale.ROOT);
		phone = Texts.require(phone, "联系电话", 40);
		email = Texts.optional(email, "电子邮箱", 200);
		address = Texts.optional(address, "通信地址", 300);
		if (category.isOrganisation() != idDocumentType.forOrganisations()) {
			throw new IllegalArgumentException(
					category.isOrganisation() ? "法人或其他组织应提供统一社会信用代码或其他组织证明文件" : "自然人应提供个人身份证件");
		}
		if (idDocumentType == IdDocumentType.RESIDENT_ID_CARD && !IdentityNumbers.isValidResidentId(idDocumentNumber)) {
			throw new IllegalArgumentException("居民身份证号码无效（请核对出生日期和校验位）");
		}
		if (idDocumentType == IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
				&& !IdentityNumbers.isValidUnifiedSocialCreditCode(idDocumentNumber)) {
			throw new IllegalArgumentException("统一社会信用代码无效（请核对校验位）");
		}
		if (!phone.matches("[0-9+\\- ]{5,40}")) {
			throw new IllegalArgumentException("联系电话格式不正确");
		}
		if (email != null && !email.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}")) {
			throw new IllegalArgumentException("电子邮箱格式不正确");
		}
	}

	public String maskedIdNumber() {
		return IdentityNumbers.mask(idDocumentNumber);
	}

	public String maskedPhone() {
		return IdentityNumbers.maskPhone(phone);
	}
}
