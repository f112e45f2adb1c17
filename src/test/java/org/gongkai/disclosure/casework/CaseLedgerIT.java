package org.gongkai.disclosure.casework;

import java.time.LocalDate;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.CaseLedgerReplay;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GongkaiIntegrationTest
class CaseLedgerIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	Cases cases;

	@Autowired
	CaseLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLedgerAloneRebuildsWhatTheReportCounts() {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.PUBLIC_INTEREST_ORGANISATION);
		clock.setDate(LocalDate.of(2025, 3, 3));
		DisclosureCase filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "某河段水质监测报告", RequestedForm.PAPER, DeliveryMethod.POST)));
		clock.setDate(LocalDate.of(2025, 3, 10));
		fixtures.answer(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息。");

		DisclosureCase stored = cases.byId(filed.id()).orElseThrow();
		CaseLedgerReplay.ReplayedCase replayed = CaseLedgerReplay.replay(ledger.of(filed.id()));
		assertThat(replayed).isEqualTo(new CaseLedgerReplay.ReplayedCase(stored.reference(), stored.applicantCategory(),
				stored.receivedOn(), stored.outcome(), stored.closedOn(), stored.status()));
		assertThat(replayed.receivedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(replayed.closedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteLedgerLines() {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = fixtures.submit(applicant, agency, "某文件");
		assertThatThrownBy(() -> jdbc.sql("update case_ledger set actor_name = 'x' where case_id = ?")
			.param(filed.id().value())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> jdbc.sql("delete from case_ledger where case_id = ?").param(filed.id().value()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.containsExactly(LedgerAction.SUBMITTED, LedgerAction.RECEIVED, LedgerAction.DOCUMENT_SENT);
	}

	@Test
	void referencesArePerAgencyAndYearAndReadable() {
		Agency agency = fixtures.agency();
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2025, 6, 1));
		DisclosureCase first = fixtures.submit(applicant, agency, "甲");
		DisclosureCase second = fixtures.submit(applicant, agency, "乙");
		assertThat(first.reference()).isEqualTo(agency.code() + "-2025-00001");
		assertThat(second.reference()).isEqualTo(agency.code() + "-2025-00002");
	}

}
