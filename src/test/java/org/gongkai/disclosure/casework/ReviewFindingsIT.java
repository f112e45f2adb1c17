package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The defects a second reading of the routing, third-party, import and appeal work found,
 * each pinned by the scenario that showed it.
 */
@GongkaiIntegrationTest
class ReviewFindingsIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseRoutings routings;

	@Autowired
	HistoricCases historic;

	@Autowired
	AppealHandling appeals;

	@Autowired
	JdbcClient jdbc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		clock.setDate(LocalDate.of(2024, 10, 9));
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@Test
	void aLedgerCannotTakeAnotherAgencysReferencesAndIntakeNeverReusesATakenNumber() {
		Agency other = fixtures.agency();
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		String theirs = other.code() + "-2024-00001";
		List<HistoricCases.HistoricCase> rows = List.of(new HistoricCases.HistoricCase(2, theirs,
				ApplicantCategory.NATURAL_PERSON, Channel.IN_PERSON, LocalDate.of(2024, 3, 1), null, null, null));
		assertThat(historic.check(agency.id(), rows)).singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("其他机关的申请编号格式"));
		assertThatThrownBy(() -> fixtures.as(statistician,
				() -> historic.importAll(statistician, agency.id(), UUID.randomUUID(), rows, n -> {
				})))
			.hasMessageContaining("未导入任何数据");

		// and were such a number taken anyway (an older import), intake skips it instead
		// of failing for ever
		String own = agency.code() + "-2024-00001";
		fixtures.as(statistician,
				() -> historic.importAll(statistician, agency.id(), UUID.randomUUID(),
						List.of(new HistoricCases.HistoricCase(2, agency.code() + "-2024-00002",
								ApplicantCategory.NATURAL_PERSON, Channel.IN_PERSON, LocalDate.of(2024, 3, 1), null,
								null, null)),
						n -> {
						}));
		// the import moved the counter past 00002; put it back, as data from before that
		// rule would leave it
		jdbc.sql("update case_reference_counter set last_value = 0 where agency_id = ? and year = 2024")
			.param(agency.id().value())
			.update();
		DisclosureCase first = submit();
		DisclosureCase second = submit();
		assertThat(first.reference()).isEqualTo(own);
		assertThat(second.reference()).as("00002 is taken: skipped, not a duplicate-key failure")
			.isEqualTo(agency.code() + "-2024-00003");
	}

	@Test
	void withholdingTheThirdPartysPartRespectsItsObjectionWithoutAPublicInterestDecision() {
		DisclosureCase c = accepted();
		fixtures.as(officer,
				() -> consultations.send(officer, c.id(), CaseConsultations.Party.THIRD_PARTY, "某建设公司", "施工合同"));
		fixtures.as(officer, () -> {
			consultations.answered(officer, c.id(), false, "报价属于商业秘密");
			return null;
		});
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> decisions.draft(officer, c.id(), Outcome.PARTLY_DISCLOSED, "部分公开", null, null,
						List.of(new WithheldPart("附件", Outcome.WITHHELD_PROCESS_INFORMATION, "过程性信息")))))
			.hasMessageContaining("第三十二条");
		DisclosureCase drafted = fixtures.as(officer,
				() -> decisions.draft(officer, c.id(), Outcome.PARTLY_DISCLOSED, "合同总价予以公开", null, null,
						List.of(new WithheldPart("报价明细", Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "第三方不同意公开，属于其商业秘密"))));
		assertThat(drafted.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
		assertThat(consultations.of(c.id()).orElseThrow().overridden()).isFalse();
	}

	@Test
	void aRequestFromALedgerTakesItsAppealsFromTheLedgerOnly() {
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		String reference = agency.code() + "-L-1";
		fixtures.as(statistician,
				() -> historic.importAll(statistician, agency.id(), UUID.randomUUID(),
						List.of(new HistoricCases.HistoricCase(2, reference, ApplicantCategory.NATURAL_PERSON,
								Channel.IN_PERSON, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 20),
								Outcome.DISCLOSED, null)),
						n -> {
						}));
		UUID imported = historic.requestsOf(agency.id(), List.of(reference)).get(reference).id().value();
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> appeals.register(officer,
						new NewAppeal(imported, AppealKind.REVIEW, null, null, null, "示范县人民政府", null, null,
								LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 8), Procedure.ORDINARY))))
			.hasMessageContaining("台账导入");
	}

	@Test
	void onlyTheCurrentRoundsCaseHandlersOfADepartmentSeeTheRoutedRequest() {
		Agency first = fixtures.department(agency);
		Agency second = fixtures.department(agency);
		GongkaiUser firstOfficer = fixtures.officer(first, Role.CASE_OFFICER);
		GongkaiUser firstAdmin = fixtures.officer(first, Role.ADMINISTRATOR);
		GongkaiUser secondOfficer = fixtures.officer(second, Role.CASE_OFFICER);
		DisclosureCase c = accepted();
		fixtures.as(officer,
				() -> routings.route(officer, c.id(), first.code(), List.of(), LocalDate.of(2024, 10, 15), "请提供"));
		assertThat(fixtures.as(firstOfficer, () -> routings.routedView(firstOfficer, c.id())).reference())
			.isEqualTo(c.reference());
		assertThatThrownBy(() -> fixtures.as(firstAdmin, () -> routings.routedView(firstAdmin, c.id())))
			.isInstanceOf(CaseNotFoundException.class);
		fixtures.as(firstOfficer, () -> {
			routings.contribute(firstOfficer, c.id(), "有该信息");
			return null;
		});
		fixtures.as(officer,
				() -> routings.route(officer, c.id(), second.code(), List.of(), LocalDate.of(2024, 10, 16), "请补充"));
		assertThat(fixtures.as(secondOfficer, () -> routings.routedView(secondOfficer, c.id())).reference())
			.isEqualTo(c.reference());
		assertThatThrownBy(() -> fixtures.as(firstOfficer, () -> routings.routedView(firstOfficer, c.id())))
			.as("a department of an earlier round")
			.isInstanceOf(CaseNotFoundException.class);
	}

	private DisclosureCase submit() {
		return fixtures.submit(applicant, agency, "2024年本县道路改造工程的立项批复文件");
	}

	private DisclosureCase accepted() {
		return fixtures.accepted(applicant, agency, officer, "2024年本县道路改造工程的立项批复文件");
	}

}
