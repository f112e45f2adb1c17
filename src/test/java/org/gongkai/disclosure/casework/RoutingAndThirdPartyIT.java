package org.gongkai.disclosure.casework;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routing to departments (its rules, who sees what, the pages and the API), the art-32
 * public-interest override and the letters it and art 35 produce.
 */
@GongkaiIntegrationTest
class RoutingAndThirdPartyIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseRoutings routings;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	CaseLetters letters;

	@Autowired
	CaseLedger ledger;

	@Autowired
	Cases cases;

	@Autowired
	ReplyDeadlines deadlines;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private Agency department;

	private GongkaiUser officer;

	private GongkaiUser departmentOfficer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 10, 9));
		agency = fixtures.agency();
		department = fixtures.department(agency);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		departmentOfficer = fixtures.officer(department, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void routingIsRefusedWhenItWouldBreakTheStatutoryClockOrLeaveTheAgency() {
		DisclosureCase c = accepted();
		LocalDate replyDue = deadlines.dueDate(c.id().value()).date();
		Agency stranger = fixtures.agency();
		Agency sibling = fixtures.department(stranger);

		assertThatThrownBy(() -> route(c, department.code(), List.of(), replyDue.plusDays(1)))
			.hasMessageContaining("不得晚于答复期限");
		assertThatThrownBy(() -> route(c, department.code(), List.of(), LocalDate.of(2024, 10, 8)))
			.hasMessageContaining("不早于今天");
		assertThatThrownBy(() -> route(c, sibling.code(), List.of(), replyDue)).hasMessageContaining("不是本机关的下属部门");
		assertThatThrownBy(() -> route(c, department.code(), List.of(department.code()), replyDue))
			.hasMessageContaining("不能既承办又协办");
		assertThatThrownBy(() -> route(c, " ", List.of(), replyDue)).hasMessageContaining("承办部门");
		assertThat(routings.of(c.id())).as("nothing kept from a refused routing").isEmpty();
		assertThat(routings.defaultDueOn(c.id())).isBeforeOrEqualTo(replyDue).isAfter(LocalDate.of(2024, 10, 9));
	}

	@Test
	void aDepartmentSeesTheRequestButNotTheApplicantAndOnlyWhenRoutedToIt() throws Exception {
		DisclosureCase c = accepted();
		Agency other = fixtures.department(agency);
		GongkaiUser otherDepartmentOfficer = fixtures.officer(other, Role.CASE_OFFICER);
		assertThatThrownBy(() -> fixtures.as(departmentOfficer, () -> routings.routedView(departmentOfficer, c.id())))
			.isInstanceOf(CaseNotFoundException.class);

		String body = """
				{"lead": "%s", "assist": [], "dueOn": "2024-10-16", "instructions": "请提供该批复"}"""
			.formatted(department.code());
		mvc.perform(post("/api/cases/{id}/routing", c.id().value()).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].departmentCode").value(department.code()))
			.andExpect(jsonPath("$[0].lead").value(true));

		mvc.perform(get("/api/departments/routed").with(user(departmentOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reference").value(c.reference()))
			.andExpect(jsonPath("$[0].informationSought").value("2024年本县道路改造工程的立项批复文件"));
		mvc.perform(get("/officer/tasks").with(user(departmentOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(c.reference())));
		String page = mvc.perform(get("/officer/routed/{id}", c.id().value()).with(user(departmentOfficer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请提供该批复").doesNotContain(applicant.displayName());
		// the department has no access to the case itself, nor does a department it was
		// not routed to
		mvc.perform(get("/officer/cases/{id}", c.id().value()).with(user(departmentOfficer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/officer/routed/{id}", c.id().value()).with(user(otherDepartmentOfficer)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/cases/{id}/routing/answer", c.id().value()).with(user(otherDepartmentOfficer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"冒答\"}")).andExpect(status().is4xxClientError());

		mvc.perform(post("/officer/routed/{id}/answer", c.id().value()).with(user(departmentOfficer))
			.with(csrf())
			.param("answer", "有该批复，不涉及秘密，可以公开")).andExpect(status().is3xxRedirection());
		assertThat(routings.of(c.id())).singleElement()
			.satisfies(r -> assertThat(r.answer()).isEqualTo("有该批复，不涉及秘密，可以公开"));
		String casePage = mvc.perform(get("/officer/cases/{id}", c.id().value()).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(casePage).contains("有该批复，不涉及秘密，可以公开").contains("拟定答复意见");
	}

	@Test
	void aThirdPartysObjectionStandsUnlessThePublicInterestIsRecordedAndThenTheThirdPartyIsToldInWriting()
			throws Exception {
		DisclosureCase c = accepted();
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(officer,
				() -> consultations.send(officer, c.id(), CaseConsultations.Party.THIRD_PARTY, "某建设公司", "施工合同的合同价款总额"));
		assertThatThrownBy(
				() -> fixtures.as(officer, () -> consultations.overrideForPublicInterest(officer, c.id(), "关系公共利益")))
			.hasMessageContaining("只有第三方不同意公开");
		fixtures.as(officer, () -> {
			consultations.answered(officer, c.id(), false, "属于商业秘密");
			return null;
		});

		assertThatThrownBy(
				() -> fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "予以公开")))
			.hasMessageContaining("第三十二条");
		assertThatThrownBy(
				() -> fixtures.as(officer, () -> consultations.overrideForPublicInterest(officer, c.id(), " ")))
			.hasMessageContaining("理由");
		mvc.perform(post("/api/cases/{id}/public-interest", c.id().value()).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"该工程使用财政资金，合同价款总额关系公共利益\"}")).andExpect(status().isOk());
		assertThatThrownBy(
				() -> fixtures.as(officer, () -> consultations.overrideForPublicInterest(officer, c.id(), "再来一次")))
			.hasMessageContaining("已作出");
		assertThatThrownBy(() -> letter(officer, c, LetterKind.THIRD_PARTY_NOTICE)).hasMessageContaining("签发后");

		assertThatThrownBy(
				() -> fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.PARTLY_DISCLOSED, "部分公开")))
			.hasMessageContaining("列明不予公开的部分");
		assertThatThrownBy(() -> fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "全部公开",
				null, null, Fixtures.withheldFor(Outcome.PARTLY_DISCLOSED))))
			.hasMessageContaining("只有部分公开");
		assertThatThrownBy(() -> new WithheldPart("合同附件", Outcome.NOT_PROCESSED_REPEATED, "重复"))
			.hasMessageContaining("不予公开的理由");
		mvc.perform(post("/officer/cases/{id}/decision", c.id().value()).with(user(officer))
			.with(csrf())
			.param("outcome", "PARTLY_DISCLOSED")
			.param("replyText", "对合同价款总额予以公开")
			.param("withheldPart", "合同附件三（报价明细）", "", "")
			.param("withheldGround", "WITHHELD_THIRD_PARTY_RIGHTS", "", "")
			.param("withheldReason", "属于第三方商业秘密，公开会对其合法权益造成损害", "", "")).andExpect(status().is3xxRedirection());
		assertThat(cases.withheldParts(c.id())).singleElement().satisfies(w -> {
			assertThat(w.ground()).isEqualTo(Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
			assertThat(w.part()).isEqualTo("合同附件三（报价明细）");
		});
		fixtures.as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, c.id(), true, null));
		fixtures.runDueJobs(); // the reply is issued: only then does the applicant see it
		assertThat(ledger.of(c.id())).extracting(LedgerEntry::action)
			.containsSubsequence(LedgerAction.PUBLIC_INTEREST_OVERRIDE, LedgerAction.DECIDED,
					LedgerAction.THIRD_PARTY_NOTIFIED);

		String notice = letter(officer, c, LetterKind.THIRD_PARTY_NOTICE);
		assertThat(notice).contains("政府信息公开决定告知书", "某建设公司", "属于商业秘密", "公共利益", "施工合同的合同价款总额", "该工程使用财政资金", "第三十二条",
				"行政复议", "（部分公开）");
		assertThat(letter(applicant, c, LetterKind.REPLY)).contains("下列部分不予公开", "1. 合同附件三（报价明细）：属于第三方商业秘密",
				"保护第三方合法权益，《条例》第十五条、第三十二条");
		// addressed to the third party: the applicant never gets it
		assertThatThrownBy(() -> letter(applicant, c, LetterKind.THIRD_PARTY_NOTICE))
			.isInstanceOf(CaseNotFoundException.class);
	}

	@Test
	void anExplanationRequestHasItsLetter() throws Exception {
		DisclosureCase c = accepted();
		fixtures.as(officer, () -> explanations.request(officer, c.id(), "本月第42件申请的用途", 10));
		// issued before it is served: the period runs from the applicant's receipt
		assertThat(letter(applicant, c, LetterKind.EXPLANATION_REQUEST)).contains("政府信息公开申请说明理由告知书", "第三十五条",
				"本月第42件申请的用途", "不计入答复期限", "请自收到本告知书之日起10个工作日内提交说明");
		// served on 9 October 2024: ten working days, counting the worked Saturday 12
		// October
		String issued = letter(applicant, c, LetterKind.EXPLANATION_REQUEST);
		fixtures.serve(officer, c.id(), LetterKind.EXPLANATION_REQUEST, LocalDate.of(2024, 10, 9));
		assertThat(explanations.of(c.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 10, 22));
		// the letter stays as it was issued (frozen): serving it dates the window, not
		// the
		// letter
		assertThat(letter(applicant, c, LetterKind.EXPLANATION_REQUEST)).isEqualTo(issued);
	}

	private String letter(GongkaiUser user, DisclosureCase c, LetterKind kind) throws Exception {
		byte[] docx = fixtures.as(user, () -> letters.render(user, c.id(), kind, "docx")).content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return new XWPFWordExtractor(document).getText();
		}
	}

	private List<CaseRoutings.Routing> route(DisclosureCase c, String lead, List<String> assist, LocalDate dueOn) {
		return fixtures.as(officer, () -> routings.route(officer, c.id(), lead, assist, dueOn, "请提供"));
	}

	private DisclosureCase accepted() {
		return fixtures.accepted(applicant, agency, officer, "2024年本县道路改造工程的立项批复文件");
	}

}
