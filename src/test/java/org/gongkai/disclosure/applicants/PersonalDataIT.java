package org.gongkai.disclosure.applicants;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.privacy.PersonalDataCipher;
import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Identity and phone numbers: encrypted at rest, masked everywhere people look, never in
 * the logs.
 */
@GongkaiIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Applicants applicants;

	@Autowired
	PersonalDataMigration migration;

	@Autowired
	AuditTrail audit;

	@Test
	void numbersAreStoredEncryptedAndFoundByBlindIndex() {
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		Applicant stored = applicants.byId(new ApplicantId(applicant.applicantId())).orElseThrow();
		String rawId = jdbc.sql("select id_document_number from applicant where id = ?")
			.param(applicant.applicantId())
			.query(String.class)
			.single();
		String rawPhone = jdbc.sql("select phone from applicant where id = ?")
			.param(applicant.applicantId())
			.query(String.class)
			.single();
		assertThat(rawId).startsWith("ENC1:t2:").doesNotContain(stored.idDocumentNumber());
		assertThat(rawPhone).startsWith("ENC1:t2:").doesNotContain(stored.phone());
		assertThat(applicants.existsWithIdNumber(IdDocumentType.RESIDENT_ID_CARD, stored.idDocumentNumber())).isTrue();
	}

	@Test
	void plaintextFromOlderVersionsAndOldKeysAreReencryptedWithTheCurrentKey() {
		UUID id = UUID.randomUUID();
		String idNumber = Fixtures.validResidentId();
		jdbc.sql("""
				insert into applicant (id, category, name, id_document_type, id_document_number, phone, created_at)
				values (?, 'NATURAL_PERSON', '旧数据', 'RESIDENT_ID_CARD', ?, '13700000000', ?)""")
			.params(id, idNumber, OffsetDateTime.now())
			.update();
		assertThat(migration.reencryptAll()).isGreaterThanOrEqualTo(1);
		String rawId = jdbc.sql("select id_document_number from applicant where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(PersonalDataCipher.isEncrypted(rawId)).isTrue();
		assertThat(applicants.byId(new ApplicantId(id)).orElseThrow().idDocumentNumber()).isEqualTo(idNumber);
		assertThat(migration.reencryptAll()).isZero();
	}

	@Test
	void noRawNumberReachesPagesApiAuditOrLogs(CapturedOutput output) throws Exception {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		String idNumber = Fixtures.validResidentId();
		String phone = "13912340000";
		String username = "pii-" + System.nanoTime();
		mvc.perform(post("/register").with(csrf())
			.param("category", "NATURAL_PERSON")
			.param("name", "李某")
			.param("idDocumentType", "RESIDENT_ID_CARD")
			.param("idDocumentNumber", idNumber)
			.param("phone", phone)
			.param("username", username)
			.param("password", Fixtures.PASSWORD)
			.param("passwordAgain", Fixtures.PASSWORD));
		// a refused registration with a wrong number must not echo it either
		String wrong = idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1");
		mvc.perform(post("/register").with(csrf())
			.param("category", "NATURAL_PERSON")
			.param("name", "李某")
			.param("idDocumentType", "RESIDENT_ID_CARD")
			.param("idDocumentNumber", wrong)
			.param("phone", phone)
			.param("username", username + "x")
			.param("password", Fixtures.PASSWORD)
			.param("passwordAgain", Fixtures.PASSWORD)).andExpect(content().string(containsString("居民身份证号码无效")));
		GongkaiUser applicant = fixtures.user(username);
		MvcResult filed = mvc
			.perform(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyCode\":\"" + agency.code() + "\",\"informationSought\":\"某信息\","
						+ "\"requestedForm\":\"PAPER\",\"deliveryMethod\":\"POST\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		String caseId = JsonPath.read(filed.getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/officer/cases/" + caseId).with(user(officer)))
			.andExpect(content().string(containsString(idNumber.charAt(0) + "*".repeat(16) + idNumber.charAt(17))))
			.andExpect(content().string(containsString("139****0000")))
			.andExpect(content().string(not(containsString(idNumber))))
			.andExpect(content().string(not(containsString(phone))));
		mvc.perform(get("/my/requests/" + caseId).with(user(applicant)))
			.andExpect(content().string(not(containsString(idNumber))));
		mvc.perform(get("/api/requests/" + caseId).with(user(officer)))
			.andExpect(jsonPath("$.applicant").value("李某"))
			.andExpect(content().string(not(containsString(idNumber))));
		assertThat(audit.recent(200, null, null))
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain(idNumber).doesNotContain(phone));
		assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain(wrong).doesNotContain(phone);
	}

}
