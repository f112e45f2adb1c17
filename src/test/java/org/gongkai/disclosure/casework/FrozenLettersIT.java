package org.gongkai.disclosure.casework;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.attachments.Sha256;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Letters frozen when issued (issue 11 item 6): the bytes stored at issue are the bytes
 * every later download returns, whatever happens to the case afterwards.
 */
@GongkaiIntegrationTest
class FrozenLettersIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ReplyDeadlines deadlines;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private GongkaiUser head;

	private DisclosureCase filed;

	@BeforeEach
	void aCase() {
		clock.setDate(LocalDate.of(2024, 9, 29));
		Agency agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "2024年本局财政预算执行情况", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theReceiptDownloadedAfterAnExtensionIsTheReceiptIssuedWithTheOriginalDate() throws Exception {
		byte[] before = download(applicant, "RECEIPT", "pdf");
		byte[] wordBefore = download(applicant, "RECEIPT", "docx");
		String originalDue = chinese(deadlines.dueDate(filed.id().value()).date());
		assertThat(text(before)).contains(originalDue + "前");

		extend();
		String extendedDue = chinese(deadlines.dueDate(filed.id().value()).date());
		assertThat(extendedDue).isNotEqualTo(originalDue);

		byte[] after = download(applicant, "RECEIPT", "pdf");
		assertThat(after).isEqualTo(before);
		assertThat(download(applicant, "RECEIPT", "docx")).isEqualTo(wordBefore);
		assertThat(text(after)).contains(originalDue + "前").doesNotContain(extendedDue);
		// the extension notice is a letter of its own, issued with the new date
		assertThat(text(download(applicant, "EXTENSION_NOTICE", "pdf"))).contains(extendedDue);

		mvc.perform(get("/api/requests/" + filed.id() + "/letters").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("RECEIPT"))
			.andExpect(jsonPath("$[0].version").value(1))
			.andExpect(jsonPath("$[0].documentNumber").value(containsString("依申请公开收")))
			.andExpect(jsonPath("$[0].pdfSha256").value(Sha256.of(before)))
			.andExpect(jsonPath("$[0].docxSha256").value(Sha256.of(wordBefore)))
			.andExpect(jsonPath("$[0].issuedAt").exists())
			.andExpect(jsonPath("$[1].kind").value("EXTENSION_NOTICE"));
	}

	@Test
	void aCorrectedLetterIsANewVersionNamingTheOneItReplaces() throws Exception {
		byte[] original = download(applicant, "RECEIPT", "pdf");
		extend();
		String extendedDue = chinese(deadlines.dueDate(filed.id().value()).date());

		String body = mvc
			.perform(post("/api/requests/" + filed.id() + "/letters/RECEIPT/corrections").with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"答复期限已延长，重新出具回执\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.correctionReason").value("答复期限已延长，重新出具回执"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String firstId = JsonPath.read(mvc.perform(get("/api/requests/" + filed.id() + "/letters").with(user(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		assertThat((String) JsonPath.read(body, "$.replaces")).isEqualTo(firstId);

		byte[] corrected = download(applicant, "RECEIPT", "pdf");
		assertThat(text(corrected)).contains(extendedDue);
		byte[] first = mvc
			.perform(get("/api/requests/" + filed.id() + "/letters/RECEIPT/versions/1").param("format", "pdf")
				.with(user(applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(first).isEqualTo(original);
		assertThat(jdbc.sql("select count(*) from case_ledger where case_id = ? and action = 'LETTER_CORRECTED'")
			.param(filed.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
		// the applicant cannot correct, a stranger cannot even list
		mvc.perform(post("/api/requests/" + filed.id() + "/letters/RECEIPT/corrections").with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"x\"}")).andExpect(status().isForbidden());
		// both versions on the case pages, each with its own download
		mvc.perform(get("/my/requests/" + filed.id()).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已出具的文书")))
			.andExpect(content().string(containsString("/letters/RECEIPT/versions/2")))
			.andExpect(content().string(containsString("更正：答复期限已延长，重新出具回执")));
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("更正政府信息公开申请接收回执的理由")));
		mvc.perform(post("/officer/cases/" + filed.id() + "/letters/EXTENSION_NOTICE/corrections").with(user(officer))
			.with(csrf())
			.param("reason", "文号有误")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select max(version) from case_letter where case_id = ? and kind = 'EXTENSION_NOTICE'")
			.param(filed.id().value())
			.query(Integer.class)
			.single()).isEqualTo(2);
		GongkaiUser stranger = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		mvc.perform(get("/api/requests/" + filed.id() + "/letters").with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDatabaseKeepsIssuedLettersAsTheyWere() throws Exception {
		// the receipt's content is stored with the filing, its files on the first
		// download
		assertThat(
				jdbc.sql("select count(*) from case_letter where case_id = ? and content is not null and pdf is null")
					.param(filed.id().value())
					.query(Long.class)
					.single())
			.isEqualTo(1);
		byte[] forged = { 1 };
		assertThatThrownBy(() -> jdbc
			.sql("update case_letter set pdf = ?, pdf_sha256 = ?, docx = ?, docx_sha256 = ? where case_id = ?")
			.params(forged, Sha256.of(new byte[] { 2 }), forged, Sha256.of(forged), filed.id().value())
			.update()).as("files whose hash is not theirs").hasMessageContaining("append-only");
		byte[] receipt = download(applicant, "RECEIPT", "pdf");
		assertThat(jdbc.sql("select pdf_sha256 from case_letter where case_id = ?")
			.param(filed.id().value())
			.query(String.class)
			.single()).isEqualTo(Sha256.of(receipt));
		assertThatThrownBy(() -> jdbc.sql("update case_letter set pdf = ?, pdf_sha256 = ? where case_id = ?")
			.params(forged, Sha256.of(forged), filed.id().value())
			.update()).as("files set once").hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> jdbc.sql("delete from case_letter where case_id = ?").param(filed.id().value()).update())
			.hasMessageContaining("append-only");
	}

	private void extend() {
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			extensions.request(officer, filed.id(), 10, "涉及多个部门，需调取档案");
			return null;
		});
		fixtures.as(head, () -> {
			extensions.decide(head, filed.id(), true, "同意");
			return null;
		});
		fixtures.runDueJobs();
	}

	private byte[] download(GongkaiUser who, String kind, String format) throws Exception {
		return mvc
			.perform(get("/api/requests/" + filed.id() + "/letters/" + kind).param("format", format).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String chinese(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
	}

}
