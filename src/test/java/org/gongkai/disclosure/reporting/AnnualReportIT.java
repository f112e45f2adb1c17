package org.gongkai.disclosure.reporting;

import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Section 三 from cases filed and decided through the real services across a year
 * boundary, checking each year-boundary rule of docs/statute.md#part-a: received in the
 * year, carried over, closed in the year, carried forward.
 */
@GongkaiIntegrationTest
class AnnualReportIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	ReportCompiler reports;

	@Autowired
	MockMvc mvc;

	private Agency agency;

	private GongkaiUser officer;

	@BeforeEach
	void buildTwoYearsOfCases() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser person = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser company = fixtures.applicant(ApplicantCategory.COMMERCIAL_ENTERPRISE);
		GongkaiUser institute = fixtures.applicant(ApplicantCategory.RESEARCH_INSTITUTION);
		GongkaiUser lawFirm = fixtures.applicant(ApplicantCategory.LEGAL_SERVICE_INSTITUTION);

		DisclosureCase closedIn2024 = file(company, "2024-06-03");
		decide(closedIn2024, Outcome.NOT_PROCESSED_PUBLICATIONS, "2024-06-12");
		DisclosureCase spansTheYearEnd = file(person, "2024-12-20");
		decide(spansTheYearEnd, Outcome.DISCLOSED, "2025-01-10");
		DisclosureCase closedIn2025 = file(institute, "2025-03-03");
		decide(closedIn2025, Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "2025-03-20");
		DisclosureCase partly = file(lawFirm, "2025-07-01");
		decide(partly, Outcome.PARTLY_DISCLOSED, "2025-07-15");
		file(lawFirm, "2025-12-30"); // still open: carried forward
		DisclosureCase decidedNextYear = file(person, "2025-12-15");
		decide(decidedNextYear, Outcome.UNAVAILABLE_NOT_HELD, "2026-01-06");

		// another agency's case never counts here
		Agency other = fixtures.agency();
		clock.setDate(LocalDate.of(2025, 5, 5));
		fixtures.as(person, () -> intake.submitOnline(person,
				new NewRequest(other.code(), "别处的申请", RequestedForm.PAPER, DeliveryMethod.POST)));
		fixtures.runDueJobs();
	}

	@Test
	void theYear2025() {
		ReportTable three = compile(2025);
		assertThat(three.row("NEW").values()).containsExactly(1L, 0L, 1L, 0L, 2L, 0L, 4L);
		assertThat(three.row("CARRIED_OVER").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(three.row("DISCLOSED").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(three.row("PARTLY_DISCLOSED").values()).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
		assertThat(three.row("WITHHELD_THIRD_PARTY_RIGHTS").values()).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(three.row("UNAVAILABLE_NOT_HELD").values()).containsOnly(0L);
		assertThat(three.row("TOTAL").values()).containsExactly(1L, 0L, 1L, 0L, 1L, 0L, 3L);
		assertThat(three.row("CARRIED_FORWARD").values()).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 2L);
		assertThat(three.checks()).isNotEmpty().allMatch(CheckResult::passed);
	}

	@Test
	void theYear2024AndItsCarryForwardIsTheNextYearsCarryOver() {
		ReportTable y2024 = compile(2024);
		assertThat(y2024.row("NEW").values()).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
		assertThat(y2024.row("NOT_PROCESSED_PUBLICATIONS").values()).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.row("CARRIED_FORWARD").values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.consistent()).isTrue();
		assertThat(compile(2025).row("CARRIED_OVER").values()).isEqualTo(y2024.row("CARRIED_FORWARD").values());
		assertThat(compile(2026).row("CARRIED_OVER").values()).isEqualTo(compile(2025).row("CARRIED_FORWARD").values());
	}

	@Test
	void theApiReturnsSectionThreeWithOfficialLabelsAndChecks() throws Exception {
		mvc.perform(get("/api/reports/annual/2025").param("agency", agency.code()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.format").value("2021"))
			.andExpect(jsonPath("$.agency.code").value(agency.code()))
			.andExpect(jsonPath("$.sections[4].section").value("三"))
			.andExpect(jsonPath("$.sections[4].columns[6]").value("总计"))
			.andExpect(jsonPath("$.sections[4].rows.length()").value(25))
			.andExpect(jsonPath("$.sections[4].rows[0].label").value("一、本年新收政府信息公开申请数量"))
			.andExpect(jsonPath("$.sections[4].rows[0].values[0]").value(1))
			.andExpect(jsonPath("$.sections[4].rows[0].values[4]").value(2))
			.andExpect(jsonPath("$.sections[4].rows[0].values[6]").value(4))
			.andExpect(jsonPath("$.sections[4].rows[0].values.length()").value(7))
			.andExpect(jsonPath("$.sections[4].rows[23].label").value("（七）总计"))
			.andExpect(jsonPath("$.sections[4].rows[24].label").value("四、结转下年度继续办理"))
			.andExpect(jsonPath("$.sections[4].consistent").value(true))
			.andExpect(jsonPath("$.sections[4].checks[0].passed").value(true))
			.andExpect(jsonPath("$.sections[3].title").value("第二十条第（八）项"))
			.andExpect(jsonPath("$.consistent").value(false)); // section 二 not entered:
																// blank is not zero
	}

	@Test
	void onlyTheAgencysOwnOfficersReadItsReport() throws Exception {
		GongkaiUser foreign = fixtures.officer(fixtures.agency(), Role.HEAD_OF_OFFICE);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		mvc.perform(get("/api/reports/annual/2025").param("agency", agency.code()).with(user(foreign)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/annual/2025").param("agency", agency.code()).with(user(applicant)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/annual/2025").param("agency", agency.code()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/reports/annual/1999").param("agency", agency.code()).with(user(officer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/reports/annual/abc").param("agency", agency.code()).with(user(officer)))
			.andExpect(status().isBadRequest());
	}

	private ReportTable compile(int year) {
		clock.reset(); // the report's year must have begun by the (test) clock
		return fixtures.as(officer, () -> reports.compile(officer, agency.code(), year))
			.sections()
			.stream()
			.filter(t -> t.section().equals("三"))
			.findFirst()
			.orElseThrow();
	}

	private DisclosureCase file(GongkaiUser applicant, String receivedOn) {
		return fixtures.submitOn(LocalDate.parse(receivedOn), applicant, agency);
	}

	private void decide(DisclosureCase c, Outcome outcome, String on) {
		fixtures.answerOn(LocalDate.parse(on), officer, c.id(), outcome);
	}

}
