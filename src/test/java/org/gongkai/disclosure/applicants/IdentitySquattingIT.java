package org.gongkai.disclosure.applicants;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.Accounts;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.privacy.PersonalDataCipher;
import org.gongkai.disclosure.shared.ids.ApplicantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Issue 13 item 1, identity squatting: one identity number, one applicant account;
 * registration tells nobody who holds a number; an offline filing under another name is
 * kept as typed and never handed to the holder.
 */
@GongkaiIntegrationTest
class IdentitySquattingIT {

	@Autowired
	MockMvc mvc;

	/** The application's clock: "today" is Beijing's date, not the JVM's. */
	@Autowired
	TestClock clock;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Applicants applicants;

	@Autowired
	Accounts accounts;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RequestIntake intake;

	private Agency agency;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
	}

	@Test
	void aHeldNumberNeverGetsASecondAccountAndTheAnswerDoesNotSaySo() throws Exception {
		String idNumber = Fixtures.validResidentId();
		String squatter = "squatter-" + UUID.randomUUID().toString().substring(0, 8);
		MvcResult first = mvc.perform(registration(squatter, "张某", idNumber)).andReturn();
		assertThat(accounts.exists(squatter)).isTrue();

		String victim = "victim-" + UUID.randomUUID().toString().substring(0, 8);
		MvcResult second = mvc.perform(registration(victim, "李某", idNumber)).andReturn();
		assertThat(accounts.exists(victim)).as("never a second account for one number").isFalse();
		String takenUsername = mvc.perform(registration(squatter, "王某", Fixtures.validResidentId()))
			.andReturn()
			.getFlashMap()
			.get("message")
			.toString();

		// the same answer for a new registration, a held number and a taken username
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(second.getFlashMap().get("message")).isEqualTo(first.getFlashMap().get("message"));
		assertThat(takenUsername).isEqualTo(ApplicantRegistration.NEUTRAL_ANSWER);

		// the second registration is kept, as typed, for the check at the office; the
		// holder
		// is unchanged
		assertThat(jdbc.sql("""
				select name || ':' || coalesce(identity_check, 'HOLDER') from applicant
				where id_document_index = ? order by created_at""")
			.param(cipher.index(idNumber))
			.query(String.class)
			.list()).containsExactly("张某:HOLDER", "李某:REGISTRATION_HELD");
	}

	@Test
	void theDatabaseRefusesASecondHolderOfOneNumber() {
		String index = cipher.index(Fixtures.validResidentId());
		String insert = """
				insert into applicant (id, category, name, id_document_type, id_document_number, id_document_index,
				                       phone, created_at, identity_check)
				values (?, 'NATURAL_PERSON', '某', 'RESIDENT_ID_CARD', 'x', ?, 'x', now(), ?)""";
		jdbc.sql(insert).params(UUID.randomUUID(), index, null).update();
		jdbc.sql(insert).params(UUID.randomUUID(), index, "DUPLICATE_NUMBER").update();
		assertThatThrownBy(() -> jdbc.sql(insert).params(UUID.randomUUID(), index, null).update())
			.isInstanceOf(DuplicateKeyException.class);
	}

	/**
	 * V83 on data that already has duplicates (one number was on 26 records): the
	 * earliest keeps it, the others are flagged, nothing is deleted, and the unique index
	 * then holds. Run inside a transaction that is rolled back.
	 */
	@Test
	void theMigrationKeepsTheEarliestHolderAndFlagsTheRest(@Autowired TransactionTemplate transactions)
			throws Exception {
		String script = new String(
				new ClassPathResource("db/migration/V83__one_identity_per_applicant.sql").getInputStream()
					.readAllBytes(),
				StandardCharsets.UTF_8);
		String flag = statement(script, "update applicant later");
		String unique = statement(script, "create unique index");
		String index = cipher.index(Fixtures.validResidentId());
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("drop index applicant_one_holder_per_identity").update();
			for (int i = 0; i < 3; i++) {
				jdbc.sql("""
						insert into applicant (id, category, name, id_document_type, id_document_number,
						                       id_document_index, phone, created_at)
						values (?, 'NATURAL_PERSON', ?, 'RESIDENT_ID_CARD', 'x', ?, 'x', now() - ?::interval)""")
					.params(UUID.randomUUID(), "第" + i + "个", index, (3 - i) + " days")
					.update();
			}
			jdbc.sql(flag).update();
			jdbc.sql(unique).update();
			assertThat(jdbc.sql("""
					select name || ':' || coalesce(identity_check, 'HOLDER') from applicant
					where id_document_index = ? order by created_at""").param(index).query(String.class).list())
				.containsExactly("第0个:HOLDER", "第1个:DUPLICATE_NUMBER", "第2个:DUPLICATE_NUMBER");
			tx.setRollbackOnly();
		});
	}

	private static String statement(String script, String start) {
		int from = script.indexOf(start);
		return script.substring(from, script.indexOf(';', from));
	}

	@Test
	void anOfflineFilingUnderAnotherNameIsKeptAsTypedAndNotHandedToTheHolder() throws Exception {
		GongkaiUser squatter = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		String heldNumber = applicants.byId(new ApplicantId(squatter.applicantId())).orElseThrow().idDocumentNumber();
		GongkaiUser registrar = fixtures.officer(agency, Role.REGISTRAR);
		String body = """
				{"channel":"IN_PERSON","submittedOn":"%s",
				 "applicant":{"category":"NATURAL_PERSON","name":"真实本人","idDocumentType":"RESIDENT_ID_CARD",
				              "idDocumentNumber":"%s","phone":"13911112222","address":"某县某路8号"},
				 "informationSought":"某镇2024年低保名单","requestedForm":"PAPER","deliveryMethod":"POST"}"""
			.formatted(ReplyDeadlines.today(clock), heldNumber);
		MvcResult filed = mvc
			.perform(post("/api/cases").with(user(registrar))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			// the registrar sees the name typed, not the holder's: typing a number does
			// not
			// reveal a name
			.andExpect(jsonPath("$.applicant").value("真实本人"))
			.andExpect(content().string(not(containsString(squatter.displayName()))))
			.andReturn();
		String caseId = JsonPath.read(filed.getResponse().getContentAsString(), "$.id");

		// the holder's account neither lists it nor reads it
		mvc.perform(get("/api/requests/" + caseId).with(user(squatter))).andExpect(status().isNotFound());
		mvc.perform(get("/api/requests").with(user(squatter))).andExpect(content().string(not(containsString(caseId))));
		// every detail typed is kept, and the case says it waits for an identity check
		UUID applicantId = jdbc.sql("select applicant_id from disclosure_case where id = ?")
			.param(UUID.fromString(caseId))
			.query(UUID.class)
			.single();
		Applicant kept = applicants.byId(new ApplicantId(applicantId)).orElseThrow();
		assertThat(kept.name()).isEqualTo("真实本人");
		assertThat(kept.phone()).isEqualTo("13911112222");
		assertThat(kept.address()).isEqualTo("某县某路8号");
		assertThat(applicants.identityCheck(kept.id())).contains(IdentityCheck.NAME_MISMATCH);
		assertThat(jdbc.sql("select count(*) from case_ledger where case_id = ? and action = 'IDENTITY_CHECK_REQUIRED'")
			.param(UUID.fromString(caseId))
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aFlaggedApplicantFilesOnlineOnlyAfterTheCheck() {
		GongkaiUser flagged = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		jdbc.sql("update applicant set identity_check = 'DUPLICATE_NUMBER' where id = ?")
			.param(flagged.applicantId())
			.update();
		assertThatThrownBy(() -> fixtures.as(flagged,
				() -> intake.submitOnline(flagged,
						new NewRequest(agency.code(), "某信息", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("核验身份");
	}

	private MockHttpServletRequestBuilder registration(String username, String name, String idNumber) {
		return post("/register").with(csrf())
			.param("category", "NATURAL_PERSON")
			.param("name", name)
			.param("idDocumentType", "RESIDENT_ID_CARD")
			.param("idDocumentNumber", idNumber)
			.param("phone", "13900000000")
			.param("username", username)
			.param("password", Fixtures.PASSWORD)
			.param("passwordAgain", Fixtures.PASSWORD);
	}

}
