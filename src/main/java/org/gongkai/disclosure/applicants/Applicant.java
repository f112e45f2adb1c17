package org.gongkai.disclosure.applicants;

import java.util.Locale;
import java.util.Objects;

import org.gongkai.disclosure.shared.InvalidFields;
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
		InvalidFields.Collector problems = new InvalidFields.Collector();
		new ApplicantDetails(category, name, idDocumentType, idDocumentNumber, phone, email, address).check(problems);
		problems.throwIfAny();
		name = Texts.require(name, "姓名或名称", 200);
		idDocumentNumber = Texts.require(idDocumentNumber, "身份证明号码", 64).toUpperCase(Locale.ROOT);
		phone = Texts.require(phone, "联系电话", 40);
		email = Texts.optional(email, "电子邮箱", 200);
		address = Texts.optional(address, "通信地址", 300);
	}

	public String maskedIdNumber() {
		return IdentityNumbers.mask(idDocumentNumber);
	}

	public String maskedPhone() {
		return IdentityNumbers.maskPhone(phone);
	}
}
