package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.Instance;
import org.gongkai.disclosure.appeals.LitigationRoute;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Section 四 from a year and a half of requests and appeals built through the real
 * services and processes: both kinds, both litigation routes, a second instance, appeals
 * pending at year end, one filed the year before and decided in the year, a withdrawal,
 * the 复议机关 as co-defendant, and two 重新答复 (one within the year, one across the year
 * boundary) — with table 三 counting each reopened request once.
 */
@GongkaiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionFourIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	Agencies agencies;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	Cases cases;

	@Autowired
	AppealHandling appeals;

	@Autowired
	ReportCompiler reports;

	@Autowired
	ReportDrillDown drillDown;

	@Autowired
	MockMvc mvc;

	private Agency government;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser reviewer;

	private GongkaiUser head;

	private GongkaiUser person;

	private DisclosureCase r0;

	private DisclosureCase r2;

	/** Built once for the class: the tests only read reports. */
	@BeforeAll
	void buildTheYears() {
		government = fixtures.agency();
		Agency department = fixtures.agency();
		agency = agencies.save(new Agency(department.id(), department.code(), department.name(), government.id(),
				department.officeName(), department.address(), department.phone()));
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		person = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);

		// 2024: two requests, three 复议
		r0 = file("2024-11-04");
		answer(r0, Outcome.UNAVAILABLE_NOT_HELD, "2024-11-05");
		DisclosureCase r1 = file("2024-12-02");
		answer(r1, Outcome.UNAVAILABLE_NOT_HELD, "2024-12-03");
		Appeal a11 = review(r0, "2024-11-20", "2024-11-25"); // decided 2025, orders a new
																// answer
		Appeal a0 = review(r1, "2024-12-10", "2024-12-12");
		decide(a0, DecisionType.REVIEW_NOT_ACCEPTED, "2024-12-30"); // decided in 2024:
																	// not in 2025
		Appeal a1 = review(r1, "2024-12-20", "2024-12-23");
		answerAppeal(a1, "2024-12-27");

		// 2025
		decide(a11, DecisionType.REVIEW_PERFORMANCE_ORDERED, "2025-01-21"); // 重新答复 across
																			// the year
																			// boundary
		reanswer(r0, Outcome.DISCLOSED, "2025-02-14");
		decide(a1, DecisionType.REVIEW_UPHELD, "2025-02-10"); // filed 2024, decided 2025

		r2 = file("2025-03-03");
		answer(r2, Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "2025-03-04");
		Appeal a2 = review(r2, "2025-03-20", "2025-03-24");
		answerAppeal(a2, "2025-03-26");
		decide(a2, DecisionType.REVIEW_REVOKED, "2025-05-06"); // 重新答复 within the year
		reanswer(r2, Outcome.DISCLOSED, "2025-05-20");

		DisclosureCase r3 = file("2025-04-01");
		answer(r3, Outcome.UNAVAILABLE_NOT_HELD, "2025-04-02");
		Appeal a4 = review(r3, "2025-04-20", "2025-04-22");
		decide(a4, DecisionType.REVIEW_UPHELD, "2025-06-02");
		Appeal a5 = register(new NewAppeal(r3.id().value(), AppealKind.LITIGATION, LitigationRoute.AFTER_REVIEW,
				Instance.FIRST, a4.id().value(), "某县人民法院", government.code(), true, LocalDate.parse("2025-06-10"),
				LocalDate.parse("2025-06-12"), Procedure.SIMPLIFIED), "2025-06-12");
		decide(a5, DecisionType.JUDGMENT_CLAIM_REJECTED, "2025-09-01"); // co-defendant:
																		// counts only
																		// here

		DisclosureCase r4 = file("2025-05-05");
		answer(r4, Outcome.UNAVAILABLE_NOT_HELD, "2025-05-06");
		Appeal a6 = suit(r4, LitigationRoute.DIRECT, Instance.FIRST, null, "2025-06-01", "2025-06-03");
		decide(a6, DecisionType.RULING_SUIT_DISMISSED, "2025-08-01");
		Appeal a7 = suit(r4, LitigationRoute.DIRECT, Instance.SECOND, a6.id().value(), "2025-08-20", "2025-08-22");
		decide(a7, DecisionType.APPEAL_DISMISSED, "2025-11-20"); // the first instance's
																	// result stands
		suit(r4, LitigationRoute.DIRECT, Instance.FIRST, null, "2025-11-01", "2025-11-05"); // pending
																							// at
																							// year
																							// end

		DisclosureCase r5 = file("2025-06-02");
		answer(r5, Outcome.UNAVAILABLE_NOT_HELD, "2025-06-03");
		Appeal a9 = review(r5, "2025-12-01", "2025-12-02");
		clock.setDate(LocalDate.parse("2025-12-10"));
		fixtures.as(officer, () -> appeals.withdraw(officer, a9.id(), LocalDate.parse("2025-12-10")));
		review(r5, "2025-12-15", "2025-12-16"); // pending at year end
		clock.reset();
	}

	@Test
	void the15ValuesOf2025() {
		ReportTable four = section(agency, 2025, "四");
		assertThat(four.row(SectionFour.ROW_KEY).values()).containsExactly(2L, 2L, 1L, 1L, 6L, // 行政复议:
																								// 维持
																								// a1
																								// a4;
																								// 纠正
																								// a11
																								// a2;
																								// 其他
																								// a9
																								// (withdrawn);
																								// 尚未审结
																								// the
																								// last
				0L, 0L, 1L, 1L, 2L, // 未经复议直接起诉: a6+a7 once, 其他 (驳回起诉, 二审维持原判); one
									// pending
				1L, 0L, 0L, 0L, 1L); // 复议后起诉: a5 驳回诉讼请求
		assertThat(four.checks()).hasSize(3).allMatch(CheckResult::passed);
	}

	@Test
	void the15ValuesOf2024CountThePendingAppealsAsPending() {
		assertThat(section(agency, 2024, "四").row(SectionFour.ROW_KEY).values()).containsExactly(0L, 0L, 1L, 2L, 3L, 0L,
				0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
	}

	@Test
	void theGovernmentThatWasCoDefendantDoesNotCountTheSuit() {
		GongkaiUser statistician = fixtures.officer(government, Role.STATISTICIAN);
		ReportTable four = fixtures.as(statistician, () -> reports.compile(statistician, government.code(), 2025))
			.sections()
			.stream()
			.filter(t -> t.section().equals("四"))
			.findFirst()
			.orElseThrow();
		assertThat(four.row(SectionFour.ROW_KEY).values()).containsOnly(0L);
	}

	@Test
	void aReopenedRequestIsCountedOnceInTableThreeWithItsFirstAnswer() {
		ReportTable three = section(agency, 2025, "三");
		int total = 6;
		// received in 2025: r2, r3, r4, r5 — r2 reopened and answered again is not
		// received again
		assertThat(three.row("NEW").value(total)).isEqualTo(4);
		// r0 (received 2024) was first answered in 2024: reopened in 2025, it is not
		// carried over into 2025
		assertThat(three.row("CARRIED_OVER").value(total)).isZero();
		// r2 counts once, with its first answer; its 重新答复 (予以公开) shows in 表四 as 结果纠正, not
		// here
		assertThat(three.row(Outcome.DISCLOSED.name()).value(total)).isZero();
		assertThat(three.row(Outcome.WITHHELD_THIRD_PARTY_RIGHTS.name()).value(total)).isEqualTo(1);
		assertThat(three.row(Outcome.UNAVAILABLE_NOT_HELD.name()).value(total)).isEqualTo(3);
		assertThat(three.row("TOTAL").value(total)).isEqualTo(4);
		assertThat(three.row("CARRIED_FORWARD").value(total)).isZero();
		assertThat(three.consistent()).isTrue();
		// 2024 recomputed now is what 2024 printed: r0 received and closed in 2024,
		// nothing to restate
		ReportTable before = section(agency, 2024, "三");
		assertThat(before.row("NEW").value(total)).isEqualTo(2);
		assertThat(before.row("TOTAL").value(total)).isEqualTo(2);
		assertThat(before.row(Outcome.UNAVAILABLE_NOT_HELD.name()).value(total)).isEqualTo(2);
		assertThat(before.row("CARRIED_FORWARD").value(total)).isZero();
		assertThat(before.consistent()).isTrue();
		// the case itself carries its latest answer
		DisclosureCase now = cases.byId(r0.id()).orElseThrow();
		assertThat(now.receivedOn()).isEqualTo(LocalDate.parse("2024-11-04"));
		assertThat(now.outcome()).isEqualTo(Outcome.DISCLOSED);
	}

	@Test
	void eachNumberOfSectionFourListsTheAppealsItCounts() {
		ReportDrillDown.CellDrillDown reviews = fixtures.as(officer, () -> drillDown.cell(officer, agency.code(), 2025,
				null, null, SectionFour.SECTION, SectionFour.ROW_KEY, 4)); // 行政复议 / 总计
		assertThat(reviews.value()).isEqualTo("6");
		assertThat(reviews.records()).hasSize(6);
		assertThat(reviews.byAgency()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("6"));
		ReportDrillDown.CellDrillDown pendingSuits = fixtures.as(officer, () -> drillDown.cell(officer, agency.code(),
				2025, null, null, SectionFour.SECTION, SectionFour.ROW_KEY, 8)); // 直接起诉 /
																					// 尚未审结
		assertThat(pendingSuits.records()).hasSize(1);
	}

	@Test
	void theReportEndpointReturnsSectionFourBesideSectionThree() throws Exception {
		mvc.perform(get("/api/reports/annual/2025").param("agency", agency.code()).with(user(officer)))
			.andExpect(status().isOk())
			// 二 (four tables of the 2021 format), 三, then 四 right after it
			.andExpect(jsonPath("$.sections[4].section").value("三"))
			.andExpect(jsonPath("$.sections[5].section").value("四"))
			.andExpect(jsonPath("$.sections[5].title").value("四、政府信息公开行政复议、行政诉讼情况"))
			.andExpect(jsonPath("$.sections[5].columns.length()").value(15))
			.andExpect(jsonPath("$.sections[5].columns[0]").value("行政复议 / 结果维持"))
			.andExpect(jsonPath("$.sections[5].columns[8]").value("行政诉讼 / 未经复议直接起诉 / 尚未审结"))
			.andExpect(jsonPath("$.sections[5].columns[14]").value("行政诉讼 / 复议后起诉 / 总计"))
			.andExpect(jsonPath("$.sections[5].rows[0].values[4]").value(6))
			.andExpect(jsonPath("$.sections[5].consistent").value(true));
	}

	// ---------------------------------------------------------------------------------------------------------

	private ReportTable section(Agency of, int year, String section) {
		return fixtures.as(officer, () -> reports.compile(officer, of.code(), year))
			.sections()
			.stream()
			.filter(t -> t.section().equals(section))
			.findFirst()
			.orElseThrow();
	}

	private DisclosureCase file(String receivedOn) {
		return fixtures.submitOn(LocalDate.parse(receivedOn), person, agency);
	}

	private void answer(DisclosureCase c, Outcome outcome, String on) {
		fixtures.answerOn(LocalDate.parse(on), officer, c.id(), outcome);
	}

	/** The reopened case is at the decide step: draft, review, sign-off, reply. */
	private void reanswer(DisclosureCase c, Outcome outcome, String on) {
		clock.setDate(LocalDate.parse(on));
		fixtures.as(officer, () -> decisions.draft(officer, c.id(), outcome, "重新答复：" + outcome.plainLabel()));
		fixtures.as(reviewer, () -> decisions.review(reviewer, c.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, c.id(), true, null));
		fixtures.runDueJobs();
		assertThat(cases.byId(c.id()).orElseThrow().closedOn()).isEqualTo(LocalDate.parse(on));
	}

	private Appeal review(DisclosureCase c, String filedOn, String copyOn) {
		return register(new NewAppeal(c.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
				LocalDate.parse(filedOn), LocalDate.parse(copyOn), Procedure.SIMPLIFIED), copyOn);
	}

	private Appeal suit(DisclosureCase c, LitigationRoute route, Instance instance, UUID predecessor, String filedOn,
			String copyOn) {
		return register(new NewAppeal(c.id().value(), AppealKind.LITIGATION, route, instance, predecessor,
				instance == Instance.FIRST ? "某县人民法院" : "某市中级人民法院", null, false, LocalDate.parse(filedOn),
				LocalDate.parse(copyOn), Procedure.ORDINARY), copyOn);
	}

	private Appeal register(NewAppeal in, String on) {
		clock.setDate(LocalDate.parse(on));
		return fixtures.as(officer, () -> appeals.register(officer, in));
	}

	private void answerAppeal(Appeal a, String on) {
		clock.setDate(LocalDate.parse(on));
		fixtures.as(officer, () -> appeals.answer(officer, a.id(), LocalDate.parse(on)));
	}

	/**
	 * Decided and received the same day; a decision that orders a new answer reopens the
	 * request (its job runs).
	 */
	private void decide(Appeal a, DecisionType type, String on) {
		clock.setDate(LocalDate.parse(on));
		fixtures.as(officer, () -> appeals.decide(officer, a.id(), type, LocalDate.parse(on), LocalDate.parse(on)));
		fixtures.runDueJobs();
	}

}
