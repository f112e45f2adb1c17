package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.HistoricCases;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerCaseDeadlines;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.shared.ids.CaseId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open case imported from a ledger gets the deadline side effects of a case filed in
 * Gongkai: the reminder three working days before the statutory due date and the
 * escalation the day after it, each once.
 */
@GongkaiIntegrationTest
class LedgerCaseDeadlinesIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	HistoricCases historic;

	@Autowired
	LedgerCaseDeadlines deadlines;

	@Autowired
	CaseLedger ledger;

	@Test
	void anImportedOpenCaseIsRemindedThenEscalatedOnceEach() {
		Agency agency = fixtures.agency();
		GongkaiUser statistician = fixtures.officer(agency, Role.STATISTICIAN);
		String reference = agency.code() + "-2024-00007";
		// received Thursday 1 Aug 2024: 20 working days end on Thursday 29 Aug; the
		// reminder is due on Monday 26 Aug
		fixtures.as(statistician,
				() -> historic.importAll(statistician, agency.id(), UUID.randomUUID(),
						List.of(new HistoricCases.HistoricCase(2, reference, ApplicantCategory.NATURAL_PERSON,
								Channel.IN_PERSON, LocalDate.of(2024, 8, 1), null, null, null)),
						n -> {
						}));
		CaseId id = historic.requestsOf(agency.id(), List.of(reference)).get(reference).id();

		deadlines.handleDue(LocalDate.of(2024, 8, 23));
		assertThat(actions(id)).doesNotContain(LedgerAction.REMINDED, LedgerAction.ESCALATED);
		deadlines.handleDue(LocalDate.of(2024, 8, 26));
		deadlines.handleDue(LocalDate.of(2024, 8, 29));
		assertThat(actions(id)).containsOnlyOnce(LedgerAction.REMINDED).doesNotContain(LedgerAction.ESCALATED);
		deadlines.handleDue(LocalDate.of(2024, 8, 30));
		deadlines.handleDue(LocalDate.of(2024, 9, 2));
		assertThat(actions(id)).containsOnlyOnce(LedgerAction.REMINDED, LedgerAction.ESCALATED);
		assertThat(ledger.of(id)).filteredOn(e -> e.action() == LedgerAction.ESCALATED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("dueOn", "2024-08-29"));
	}

	private List<LedgerAction> actions(CaseId id) {
		return ledger.of(id).stream().map(LedgerEntry::action).toList();
	}

}
