package org.gongkai.disclosure.casework;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer's case page led by the next step (issue 16): in each state the action the
 * case waits for from the signed-in person leads in one panel, the other actions are
 * collapsed below it, a refusal is shown beside the form that produced it, and the draft
 * 答复书 can be read before it is approved, changing nothing.
 */
@GongkaiIntegrationTest
class CasePageWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	CaseLedger ledger;

	@Autowired
	DisclosureRequestWorkflow workflow;

	GongkaiUser officer;

	GongkaiUser reviewer;

	GongkaiUser head;

	DisclosureCase filed;

	@BeforeEach
	void aRequest() {
		Agency agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		filed = fixtures.submit(fixtures.applicant(ApplicantCategory.NATURAL_PERSON), agency, "本县2025年城区道路改造工程的招标文件");
	}

	@Test
	void eachStateLeadsWithTheStepItWaitsFor() throws Exception {
		Page screening = page(officer);
		assertThat(screening.nextStep()).contains("下一步：审查申请", "申请内容明确，受理并进入办理", "告知补正");
		assertThat(screening.otherSteps()).contains("<summary>按一事一申请拆分</summary>", "<summary>为申请人提供帮助</summary>",
				"<summary>申请延长答复期限</summary>");
		assertThat(page(reviewer).nextStep()).contains("本案在「审查申请（是否需要补正）」环节，由相应人员办理；您目前无需操作。").doesNotContain("<form");

		fixtures.accept(officer, filed.id());
		Page deciding = page(officer);
		assertThat(deciding.nextStep()).contains("下一步：拟定答复意见", "/officer/cases/" + filed.id() + "/decision", "提交法制审核");
		assertThat(deciding.otherSteps())
			.contains("<summary>收取信息处理费</summary>", "<summary>书面征求意见</summary>", "<summary>要求说明理由</summary>",
					"<summary>申请延长答复期限</summary>")
			.doesNotContain("按一事一申请拆分", "/decision\"");

		draft();
		Page inReview = page(reviewer);
		assertThat(inReview.nextStep()).contains("下一步：法制审核", "审核通过", "退回修改",
				"/api/requests/" + filed.id() + "/reply-draft");
		assertThat(page(officer).nextStep()).contains("「法制审核」", "/api/requests/" + filed.id() + "/reply-draft")
			.doesNotContain("<form");

		mvc.perform(post("/officer/cases/" + filed.id() + "/review").with(csrf())
			.with(user(reviewer))
			.param("approved", "true")).andExpect(redirectedUrl("/officer/cases/" + filed.id()));
		assertThat(page(head).nextStep()).contains("下一步：负责人签发", "签发", "/api/requests/" + filed.id() + "/reply-draft");
		assertThat(page(head).html()).doesNotContain("<h2 id=\"other-steps-title\">");

		mvc.perform(post("/officer/cases/" + filed.id() + "/sign-off").with(csrf())
			.with(user(head))
			.param("approved", "true")).andExpect(redirectedUrl("/officer/cases/" + filed.id()));
		fixtures.runDueJobs();
		assertThat(page(officer).nextStep()).contains("本案已答复，无需再办理。").doesNotContain("<form", "reply-draft");
	}

	@Test
	void whileTheApplicantOrTheHeadHasTheCaseTheOfficerRegistersWhatComesBack() throws Exception {
		mvc.perform(post("/officer/cases/" + filed.id() + "/correction").with(csrf())
			.with(user(officer))
			.param("items", "请写明所需招标文件的项目名称")
			.param("periodDays", "15")).andExpect(redirectedUrl("/officer/cases/" + filed.id()));
		assertThat(page(officer).nextStep()).contains("下一步：登记申请人的补正", "登记补正");
		assertThat(page(officer).otherSteps()).doesNotContain("申请延长答复期限");

		mvc.perform(post("/officer/cases/" + filed.id() + "/correction-received").with(csrf())
			.with(user(officer))
			.param("answer", "项目名称：城区道路改造一期")).andExpect(redirectedUrl("/officer/cases/" + filed.id()));
		fixtures.runDueJobs();
		fixtures.accept(officer, filed.id());
		mvc.perform(post("/officer/cases/" + filed.id() + "/extension").with(csrf())
			.with(user(officer))
			.param("workingDays", "15")
			.param("reason", "需要向多个部门调取招标档案")).andExpect(redirectedUrl("/officer/cases/" + filed.id()));
		fixtures.runDueJobs();
		assertThat(page(head).nextStep()).contains("下一步：审批延期", "同意延期并告知申请人");
		assertThat(page(officer).nextStep()).contains("下一步：拟定答复意见");
		assertThat(page(officer).otherSteps()).doesNotContain("申请延长答复期限");
	}

	@Test
	void aRefusalIsShownBesideTheFormThatProducedIt() throws Exception {
		MvcResult refused = mvc
			.perform(post("/officer/cases/" + filed.id() + "/correction").with(csrf())
				.with(user(officer))
				.param("items", ""))
			.andExpect(redirectedUrl("/officer/cases/" + filed.id() + "#refused"))
			.andReturn();
		assertThat(refused.getFlashMap().get("errorAt")).isEqualTo("correction");
		Page page = page(officer, refused);
		String message = "请逐项列明需要补正的事项";
		assertThat(page.nextStep()).contains("id=\"refused\"",
				"<p class=\"field-error\" id=\"items-error\">" + message);
		assertThat(page.otherSteps()).doesNotContain(message);

		// a one-field form's refusal: its message beside it, the only place it shows
		mvc.perform(post("/officer/cases/" + filed.id() + "/accept").with(csrf()).with(user(officer)));
		MvcResult explanation = mvc
			.perform(post("/officer/cases/" + filed.id() + "/explanation-request").with(csrf())
				.with(user(officer))
				.param("question", "")
				.param("periodDays", "15"))
			.andReturn();
		String why = (String) explanation.getFlashMap().get("error");
		assertThat(why).isNotBlank();
		Page other = page(officer, explanation);
		assertThat(other.otherSteps()).contains("<details id=\"step-explanationRequest\" open=\"open\">",
				"<p class=\"error\" role=\"alert\" id=\"refused\">" + why + "</p>");
		assertThat(other.html().indexOf(why)).as("only beside the form").isEqualTo(other.html().lastIndexOf(why));
	}

	@Test
	void theDraftReplyCanBeReadBeforeApprovalAndNothingChanges() throws Exception {
		mvc.perform(get("/api/requests/" + filed.id() + "/reply-draft").with(user(officer)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("本案没有待审核或签发的答复意见"));
		fixtures.accept(officer, filed.id());
		draft();
		DisclosureCase before = cases.byId(filed.id()).orElseThrow();
		List<LedgerEntry> linesBefore = ledger.of(filed.id());
		List<String> tasksBefore = workflow.openTaskKeys(filed.reference());
		String lettersBefore = letters();

		for (GongkaiUser reader : List.of(reviewer, officer)) {
			byte[] pdf = mvc.perform(get("/api/requests/" + filed.id() + "/reply-draft").with(user(reader)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("inline")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
				assertThat(text).contains("草稿", "尚未签发，不是正式文书，不得送达", "政府信息公开申请答复书", "经审查，你申请的招标文件属于公开范围，现予以公开。",
						filed.reference());
			}
		}

		assertThat(cases.byId(filed.id()).orElseThrow()).isEqualTo(before);
		assertThat(ledger.of(filed.id())).isEqualTo(linesBefore);
		assertThat(workflow.openTaskKeys(filed.reference())).isEqualTo(tasksBefore);
		assertThat(letters()).isEqualTo(lettersBefore);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		mvc.perform(get("/api/requests/" + filed.id() + "/reply-draft").with(user(applicant)))
			.andExpect(status().isForbidden());
	}

	private void draft() throws Exception {
		mvc.perform(post("/officer/cases/" + filed.id() + "/decision").with(csrf())
			.with(user(officer))
			.param("outcome", "DISCLOSED")
			.param("replyText", "经审查，你申请的招标文件属于公开范围，现予以公开。")).andExpect(redirectedUrl("/officer/cases/" + filed.id()));
	}

	private String letters() throws Exception {
		return mvc.perform(get("/api/requests/" + filed.id() + "/letters").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Page page(GongkaiUser user) throws Exception {
		return new Page(mvc.perform(get("/officer/cases/" + filed.id()).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The page as shown after the refused post {@code refused}, with its flash. */
	private Page page(GongkaiUser user, MvcResult refused) throws Exception {
		return new Page(
				mvc.perform(get("/officer/cases/" + filed.id()).with(user(user)).flashAttrs(refused.getFlashMap()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	/** The case page, cut into its next-step panel and the other actions. */
	record Page(String html) {

		String nextStep() {
			int start = html.indexOf("id=\"next-step\"");
			int end = html.indexOf("<section class=\"other-steps\"");
			return html.substring(start, end < 0 ? html.indexOf("id=\"case-facts-title\"") : end);
		}

		String otherSteps() {
			int start = html.indexOf("<section class=\"other-steps\"");
			return start < 0 ? "" : html.substring(start, html.indexOf("id=\"case-facts-title\""));
		}

	}

}
