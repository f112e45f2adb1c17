package org.gongkai.disclosure.casework.intake;

import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 6: a 个人信息查阅、复制 request (《个人信息保护法》第四十四条、第四十五条) is not a 政府信息公开申请. Marked
 * by the registrar, it ends, the applicant is told where it goes, and the annual report's
 * read contract leaves it out (docs/statute.md#pipl-route).
 */
@GongkaiIntegrationTest
class PipLRouteIT {

	static final String ROUTE = "向本机关个人信息保护工作机构（示范县政务服务中心二楼，电话0591-1234567）提出";

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	PersonalInformationRequests referrals;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	Cases cases;

	@Autowired
	CaseLedger ledger;

	@Autowired
	DisclosureRequestWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser registrar;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 9, 29));
		agency = fixtures.agency();
		registrar = fixtures.officer(agency, Role.REGISTRAR);
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void aReferredRequestEndsIsNotCountedAndTheApplicantIsToldWhereItGoes() throws Exception {
		DisclosureCase counted = fixtures.submit(applicant, agency, "2024年本县财政预算");
		DisclosureCase referred = fixtures.submit(applicant, agency, "请提供贵单位保存的我本人的个人信息副本");
		assertThat(inReport(referred)).isOne();

		fixtures.as(registrar, () -> referrals.refer(registrar, referred.id(), ROUTE));

		DisclosureCase closed = cases.byId(referred.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.replyText()).contains("不作为政府信息公开申请处理", ROUTE, "第四十四条、第四十五条");
		assertThat(referrals.of(referred.id())).get()
			.extracting(PersonalInformationRequests.Referral::route)
			.isEqualTo(ROUTE);
		// the annual report reads case_report only: the referred request is not there
		assertThat(inReport(referred)).isZero();
		assertThat(inReport(counted)).isOne();
		// its process is over
		assertThat(workflow.currentSteps(referred.reference())).isEmpty();
		assertThat(ledger.of(referred.id())).filteredOn(e -> e.action() == LedgerAction.PIPL_REFERRED)
			.singleElement()
			.satisfies(e -> assertThat(e.legalBasis()).isEqualTo("《个人信息保护法》第四十四条、第四十五条"));
		assertThat(LedgerAction.PIPL_REFERRED.shownToApplicant()).isTrue();

		// the notice: in the applicant's inbox, and on their page
		assertThat(jdbc.sql("select body from notification_message where case_id = ? and kind = 'PIPL_REFERRED'")
			.param(referred.id().value())
			.query(String.class)
			.list()).isNotEmpty().allSatisfy(body -> assertThat(body).contains(ROUTE));
		String page = mvc.perform(get("/my/requests/{id}", referred.id().value()).with(user(applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("受理途径：" + ROUTE, "不计入政府信息公开工作年度报告");
	}

	@Test
	void aRouteIsRequiredAndAnAnswerAlreadyDraftedStands() throws Exception {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "我本人的个人信息");
		assertThatThrownBy(() -> fixtures.as(registrar, () -> referrals.refer(registrar, c.id(), " ")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("受理途径");
		mvc.perform(post("/api/cases/{id}/pipl-referral", c.id().value()).with(user(registrar))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").exists());

		fixtures.as(officer, () -> decisions.draft(officer, c.id(), Outcome.DISCLOSED, "予以公开"));
		assertThatThrownBy(() -> fixtures.as(registrar, () -> referrals.refer(registrar, c.id(), ROUTE)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("尚未拟定答复");
		assertThat(inReport(c)).isOne();
	}

	@Test
	void anApplicantCannotReferTheirOwnRequest() {
		DisclosureCase c = fixtures.submit(applicant, agency, "我本人的个人信息");
		assertThatThrownBy(() -> fixtures.as(applicant, () -> referrals.refer(applicant, c.id(), ROUTE)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long inReport(DisclosureCase c) {
		return jdbc.sql("select count(*) from case_report where id = ?")
			.param(c.id().value())
			.query(Long.class)
			.single();
	}

}
