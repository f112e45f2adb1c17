package org.gongkai.disclosure.applicants;

import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityNumbersTest {

	@Test
	void acceptsResidentIdsWithTheRightCheckDigit() {
		assertThat(IdentityNumbers.isValidResidentId("11010519491231002X")).isTrue();
		assertThat(IdentityNumbers.isValidResidentId("110105194912310021")).isFalse(); // wrong
																						// check
																						// digit
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "123", "11010519491331002X", "11010518000230002X", "1101051949123100",
			"11010519491231002x ", "ABCDEFGHIJKLMNOPQR", "'; drop table applicant; --" })
	void refusesMalformedResidentIds(String id) {
		assertThat(IdentityNumbers.isValidResidentId(id)).isFalse();
	}

	@Test
	void checksUnifiedSocialCreditCodes() {
		assertThat(IdentityNumbers.isValidUnifiedSocialCreditCode("91350100M000100Y43")).isTrue();
		assertThat(IdentityNumbers.isValidUnifiedSocialCreditCode("91350100M000100Y44")).isFalse();
		assertThat(IdentityNumbers.isValidUnifiedSocialCreditCode("91350100I000100Y43")).isFalse(); // I
																									// not
																									// allowed
		assertThat(IdentityNumbers.isValidUnifiedSocialCreditCode(null)).isFalse();
	}

	@Test
	void masksAllButTheFirstAndLastCharacterOfEveryDocument() {
		// issue 13: 110105********002X left only the birth date to guess; E1***5678 kept
		// most of a passport
		assertThat(IdentityNumbers.mask("11010519491231002X")).isEqualTo("1****************X");
		assertThat(IdentityNumbers.mask("E12345678")).isEqualTo("E*******8");
		assertThat(IdentityNumbers.mask("91350100M000100Y43")).isEqualTo("9****************3");
		assertThat(IdentityNumbers.mask("H1234")).isEqualTo("H***4");
		assertThat(IdentityNumbers.mask("ABCD")).isEqualTo("****");
		assertThat(IdentityNumbers.maskPhone("13800138000")).isEqualTo("138****8000");
	}

	@Test
	void anApplicantsDocumentMustFitTheirKind() {
		assertThatThrownBy(() -> new Applicant(ApplicantId.random(), ApplicantCategory.COMMERCIAL_ENTERPRISE, "某公司",
				IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("统一社会信用代码");
		assertThatThrownBy(() -> new Applicant(ApplicantId.random(), ApplicantCategory.NATURAL_PERSON, "张三",
				IdDocumentType.RESIDENT_ID_CARD, "110105194912310021", "13800138000", null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("居民身份证号码无效");
		Applicant company = new Applicant(ApplicantId.random(), ApplicantCategory.COMMERCIAL_ENTERPRISE, " 某公司 ",
				IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "91350100m000100y43", "0591-1234567", "a@b.cn", null);
		assertThat(company.name()).isEqualTo("某公司");
		assertThat(company.idDocumentNumber()).isEqualTo("91350100M000100Y43");
	}

}
