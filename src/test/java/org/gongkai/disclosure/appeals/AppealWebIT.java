package org.gongkai.disclosure.appeals;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.handling.AppealResultMappings;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.reporting.ReportCompiler;
import org.gongkai.disclosure.reporting.SectionFour;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The appeal API and pages with security: registration, answer and decision over HTTP;
 * the list with deadlines; the documents read back from .docx and PDF; who may read and
 * who may act; bad input as problem details with nothing kept; the administrator's
 * mapping, audited and applied to section 四.
 */
@GongkaiIntegrationTest
class AppealWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Agencies agencies;

	@Autowired
	ReportCompiler reports;

	@Autowired
	AppealResultMappings mappings;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private Agency government;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	private DisclosureCase answered;

	@BeforeEach
	void anAnsweredRequest() {
		government = fixtures.agency();
		Agency department = fixtures.agency();
		agency = agencies.save(new Agency(department.id(), department.code(), department.name(), government.id(),
				department.officeName(), department.address(), department.phone()));
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2025, 3, 3));
		DisclosureCase filed = fixtures.submit(applicant, agency, "2025年本县河道整治工程环境影响评价文件");
		clock.setDate(LocalDate.of(2025, 3, 4));
		fixtures.answer(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息。");
		answered = filed;
		clock.setDate(LocalDate.of(2025, 3, 24));
	}

	@Test
	void registerAnswerAndDecideOverTheApiAndReadTheListWithDeadlines() throws Exception {
		UUID id = registerReview();
		mvc.perform(get("/api/appeals").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id.toString()))
			.andExpect(jsonPath("$[0].answerDueOn").value("2025-03-31")) // 5 working days
																			// from 24 Mar
			.andExpect(jsonPath("$[0].answerDueBasis").value("《行政复议法》第五十四条：5个工作日"))
			.andExpect(jsonPath("$[0].result").value("尚未审结"))
			.andExpect(jsonPath("$[0].status").value("AWAITING_ANSWER"));
		mvc.perform(post("/api/appeals/{id}/answer", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answeredOn\":\"2025-03-24\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_DECISION"));
		clock.setDate(LocalDate.of(2025, 4, 10));
		mvc.perform(post("/api/appeals/{id}/decision", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decisionType\":\"REVIEW_CLAIM_REJECTED\",\"decidedOn\":\"2025-04-09\","
					+ "\"receivedOn\":\"2025-04-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionLabel").value("驳回复议请求"))
			.andExpect(jsonPath("$.result").value("结果维持"))
			.andExpect(jsonPath("$.history.length()").value(3));
		mvc.perform(get("/api/appeals").param("pending", "true").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theAnswerAndTheEvidenceListComeAsWordAndPdf() throws Exception {
		UUID id = registerReview();
		byte[] docx = mvc
			.perform(get("/api/appeals/{id}/documents/APPEAL_ANSWER", id).param("format", "docx").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("行政复议答复书", agency.name(), "某县人民政府：", answered.reference(), "本机关不掌握相关政府信息",
					"请予维持");
		}
		byte[] pdf = mvc
			.perform(get("/api/appeals/{id}/documents/EVIDENCE_LIST", id).param("format", "pdf").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("举证材料清单", "政府信息公开申请", "负责人签发", "出具答复书");
		}
		mvc.perform(get("/api/appeals/{id}/documents/LITIGATION_DEFENCE", id).with(user(officer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/appeals/{id}/documents/APPEAL_ANSWER", id).with(user(applicant)))
			.andExpect(status().isNotFound());
	}

	@Test
	void whoMayReadAndWhoMayAct() throws Exception {
		UUID id = registerReview();
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		GongkaiUser otherApplicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser governmentStatistician = fixtures.officer(government, Role.STATISTICIAN);
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);

		mvc.perform(get("/api/appeals/{id}", id).with(user(officer))).andExpect(status().isOk());
		String seenByApplicant = mvc.perform(get("/api/appeals/{id}", id).with(user(applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// what happened to the appeal, not who in the office did what
		assertThat(seenByApplicant).contains("REGISTERED").doesNotContain("ANSWERED", officer.displayName());
		mvc.perform(get("/api/appeals").param("case", answered.id().toString()).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id.toString()));
		mvc.perform(get("/api/appeals/{id}", id).with(user(governmentStatistician))).andExpect(status().isOk());
		mvc.perform(get("/api/appeals").param("agency", agency.code()).with(user(governmentStatistician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));

		mvc.perform(get("/api/appeals/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/appeals/{id}", id).with(user(otherApplicant))).andExpect(status().isNotFound());
		mvc.perform(get("/api/appeals/{id}", UUID.randomUUID()).with(user(officer)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/appeals").param("case", answered.id().toString()).with(user(otherApplicant)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/appeals").param("agency", agency.code()).with(user(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/appeals").with(user(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/api/appeals/{id}", id)).andExpect(status().isUnauthorized());

		mvc.perform(post("/api/appeals/{id}/answer", id).with(user(stranger))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answeredOn\":\"2025-03-24\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/appeals/{id}/answer", id).with(user(reviewer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answeredOn\":\"2025-03-24\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/appeals/{id}/answer", id).with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answeredOn\":\"2025-03-24\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/appeals/{id}/answer", id).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answeredOn\":\"2025-03-24\"}")).andExpect(status().isForbidden()); // no
																							// CSRF
																							// token
		assertThat(jdbc.sql("select status from appeal where id = ?").param(id).query(String.class).single())
			.isEqualTo("AWAITING_ANSWER");
	}

	@Test
	void badInputIsAProblemAndNothingIsKept() throws Exception {
		long before = jdbc.sql("select count(*) from appeal").query(Long.class).single();
		String base = "{\"caseId\":\"%s\",\"kind\":\"%s\",\"body\":\"某县人民政府\",\"filedOn\":\"%s\","
				+ "\"copyReceivedOn\":\"2025-03-24\",\"procedure\":\"ORDINARY\"%s}";
		for (String body : new String[] { base.formatted(answered.id(), "REVIEW", "2025-03-25", ""), // copy
																										// before
																										// filing
				base.formatted(answered.id(), "LITIGATION", "2025-03-20", ""), // no
																				// route/instance
				base.formatted(answered.id(), "REVIEW", "2025-03-20", ",\"route\":\"DIRECT\""), // route
																								// on
																								// a
																								// 复议
				base.formatted(answered.id(), "0", "2025-03-20", ""), // numeric enum
				base.formatted(answered.id(), "REVIEW", "2025-13-40", ""), // no such date
				base.formatted(answered.id(), "REVIEW", "2025-03-20", ",\"extra\":1"), // unknown
																						// field
				"{\"kind\":\"REVIEW\"}" }) {
			mvc.perform(post("/api/appeals").with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		}
		mvc.perform(post("/api/appeals").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(base.formatted(UUID.randomUUID(), "REVIEW", "2025-03-20", ""))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from appeal").query(Long.class).single()).isEqualTo(before);

		UUID id = registerReview();
		mvc.perform(post("/api/appeals/{id}/decision", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decisionType\":\"JUDGMENT_REVOKED\",\"decidedOn\":\"2025-03-24\","
					+ "\"receivedOn\":\"2025-03-24\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不适用于行政复议")));
		mvc.perform(post("/api/appeals/{id}/answer", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answeredOn\":\"2025-04-30\"}")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select status from appeal where id = ?").param(id).query(String.class).single())
			.isEqualTo("AWAITING_ANSWER");
		assertThat(jdbc.sql("select count(*) from appeal_history where appeal_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Issue 12 item 7: a 复议 that ends because the office corrected its own answer counts
	 * as 结果纠正 in section 四, not with the other 终止 under 其他结果.
	 */
	@Test
	void aReviewEndedAfterTheOfficeCorrectedItselfCountsAsCorrected() throws Exception {
		UUID id = registerReview();
		clock.setDate(LocalDate.of(2025, 4, 10));
		mvc.perform(post("/api/appeals/{id}/decision", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decisionType\":\"REVIEW_TERMINATED_CORRECTED\",\"decidedOn\":\"2025-04-09\","
					+ "\"receivedOn\":\"2025-04-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("结果纠正"));
		JsonNode values = sectionFour();
		assertThat(values.get(1).asLong()).as("行政复议 / 结果纠正").isEqualTo(1);
		assertThat(values.get(2).asLong()).as("行政复议 / 其他结果").isZero();
	}

	@Test
	void theAdministratorChangesTheMappingAuditedAndSectionFourFollows() throws Exception {
		UUID id = registerReview();
		clock.setDate(LocalDate.of(2025, 4, 10));
		mvc.perform(post("/api/appeals/{id}/decision", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decisionType\":\"REVIEW_MEDIATED\",\"decidedOn\":\"2025-04-09\","
					+ "\"receivedOn\":\"2025-04-10\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("其他结果"));
		assertThat(sectionFour().get(2).asLong()).isEqualTo(1); // 行政复议 / 其他结果

		GongkaiUser admin = fixtures.officer(agency, Role.ADMINISTRATOR);
		mvc.perform(put("/api/admin/appeal-results/REVIEW_MEDIATED").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"CORRECTED\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/admin/appeal-results/REVIEW_MEDIATED").with(user(admin))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"NOPE\"}")).andExpect(status().isBadRequest());
		try {
			mvc.perform(put("/api/admin/appeal-results/REVIEW_MEDIATED").with(user(admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"result\":\"CORRECTED\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.resultLabel").value("结果纠正"))
				.andExpect(jsonPath("$.updatedBy").value(admin.displayName()));
			JsonNode values = sectionFour();
			assertThat(values.get(1).asLong()).isEqualTo(1); // now 行政复议 / 结果纠正
			assertThat(values.get(2).asLong()).isZero();
			assertThat(audit.recent(20, "appeal-result-mapping", "REVIEW_MEDIATED"))
				.anySatisfy(e -> assertThat(e.detail()).contains("其他结果 → 结果纠正"));
			mvc.perform(get("/admin/appeal-results").with(user(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("调解")));
		}
		finally {
			fixtures.as(admin, () -> mappings.change(admin, DecisionType.REVIEW_MEDIATED, AppealResult.OTHER));
		}
	}

	@Test
	void theCasePagesLinkToTheAppealsAndBack() throws Exception {
		UUID id = registerReview();
		mvc.perform(get("/officer/cases/{id}", answered.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/officer/appeals/" + id)))
			.andExpect(content().string(containsString("行政复议、行政诉讼")));
		mvc.perform(get("/officer/appeals/{id}", id).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/officer/cases/" + answered.id())))
			.andExpect(content().string(containsString("2025-03-31")))
			// the history in words (issue 16): no action codes, no Java map, no
			// microseconds
			.andExpect(content().string(containsString("答复期限：2025-03-31")))
			.andExpect(content().string(not(containsString("REGISTERED"))))
			.andExpect(content().string(not(containsString("answerDueOn="))))
			.andExpect(content().string(not(matchesPattern("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"))))
			.andExpect(content().string(containsString("/api/appeals/" + id + "/documents/APPEAL_ANSWER")));
		mvc.perform(get("/officer/appeals").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(answered.reference())));
		mvc.perform(get("/my/requests/{id}", answered.id()).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(answered.reference() + "-FY1")))
			.andExpect(content().string(containsString("某县人民政府")));
		mvc.perform(post("/officer/appeals/{id}/answer", id).with(user(officer))
			.with(csrf())
			.param("answeredOn", "2025-03-24")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select answered_on from appeal where id = ?").param(id).query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2025, 3, 24));
	}

	/**
	 * Issue 16: the registration form and the appeal page's forms keep what was typed
	 * when they are refused, with the problem on the form, instead of a redirect or a 400
	 * page that forgets it.
	 */
	@Test
	void refusedAppealFormsKeepWhatWasTyped() throws Exception {
		mvc.perform(post("/officer/appeals").with(user(officer))
			.with(csrf())
			.param("caseId", answered.id().toString())
			.param("kind", "LITIGATION")
			.param("body", "某县人民法院")
			.param("reviewBodyAgencyCode", "NO-SUCH-ORGAN")
			.param("filedOn", "2025-03-20")
			.param("copyReceivedOn", "2025-03-18")
			.param("procedure", "ORDINARY"))
			.andExpect(status().isOk())
			.andExpect(view().name("appeals/list"))
			.andExpect(content().string(containsString("收到副本之日不得早于申请（起诉）之日")))
			.andExpect(content().string(containsString("value=\"某县人民法院\"")))
			.andExpect(content().string(containsString("value=\"NO-SUCH-ORGAN\"")))
			.andExpect(content().string(containsString("value=\"2025-03-18\"")))
			.andExpect(content().string(matchesPattern("(?s).*<option value=\"LITIGATION\" selected=\"selected\".*")));
		mvc.perform(post("/officer/appeals").with(user(officer))
			.with(csrf())
			.param("caseId", answered.id().toString())
			.param("kind", "REVIEW")
			.param("body", "")
			.param("filedOn", "20.3.2025")
			.param("copyReceivedOn", "2025-03-24"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"body-error\"")))
			.andExpect(content().string(containsString("id=\"filedOn-error\"")))
			.andExpect(content().string(containsString("请选择程序")))
			.andExpect(content().string(containsString("value=\"2025-03-24\"")));
		UUID id = registerReview();
		mvc.perform(post("/officer/appeals/{id}/decision", id).with(user(officer))
			.with(csrf())
			.param("decisionType", "REVIEW_UPHELD")
			.param("decidedOn", "2025-04-10")
			.param("receivedOn", "2025-04-3x"))
			.andExpect(status().isOk())
			.andExpect(view().name("appeals/appeal"))
			.andExpect(content().string(containsString("id=\"receivedOn-error\"")))
			.andExpect(content().string(containsString("请填写有效的日期（年-月-日）")))
			.andExpect(content().string(containsString("value=\"2025-04-10\"")))
			.andExpect(content().string(containsString("value=\"2025-04-3x\"")));
		assertThat(jdbc.sql("select decided_on from appeal where id = ?").param(id).query(LocalDate.class).optional())
			.as("nothing recorded")
			.isEmpty();
	}

	@Test
	void theAnswerToAReviewIsServedOnTheReviewBodyWithItsRecord() throws Exception {
		UUID id = registerReview();
		mvc.perform(post("/api/appeals/{id}/service", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"document\":\"LITIGATION_DEFENCE\",\"method\":\"EMAIL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("该案件没有这种文书"));
		mvc.perform(post("/api/appeals/{id}/service", id).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"document\":\"APPEAL_ANSWER\",\"method\":\"IN_SYSTEM\"}")).andExpect(status().isBadRequest());
		String sent = mvc
			.perform(post("/api/appeals/{id}/service", id).with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"document\":\"APPEAL_ANSWER\",\"method\":\"POST\",\"trackingNumber\":\"XA20250324\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.addressee").value("某县人民政府"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String serviceId = json.readTree(sent).get("id").asText();
		clock.setDate(LocalDate.of(2025, 3, 27));
		mvc.perform(post("/api/appeals/{id}/service/{s}/receipt", id, serviceId).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2025-03-26\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receivedOn").value("2025-03-26"));
		mvc.perform(get("/api/appeals/{id}/service", id).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].documentTitle").value("行政复议答复书"))
			.andExpect(jsonPath("$[0].trackingNumber").value("XA20250324"))
			.andExpect(jsonPath("$[0].receiptRecordedBy").value(officer.displayName()));
	}

	private UUID registerReview() throws Exception {
		String body = "{\"caseId\":\"%s\",\"kind\":\"REVIEW\",\"body\":\"某县人民政府\",\"filedOn\":\"2025-03-20\","
				+ "\"copyReceivedOn\":\"2025-03-24\",\"procedure\":\"SIMPLIFIED\"}";
		String response = mvc
			.perform(post("/api/appeals").with(user(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(answered.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(answered.reference() + "-FY1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(json.readTree(response).get("id").asText());
	}

	private JsonNode sectionFour() throws Exception {
		String response = mvc
			.perform(get("/api/reports/annual/2025").param("agency", agency.code()).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode section = null;
		for (JsonNode table : json.readTree(response).get("sections")) {
			if ("四".equals(table.get("section").asText())) {
				section = table;
			}
		}
		assertThat(section.get("title").asText()).isEqualTo(SectionFour.TITLE);
		return section.get("rows").get(0).get("values");
	}

}
