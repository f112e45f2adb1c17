package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Why a clock restarted is a column ({@code restart_reason}, V71), not a match on the
 * legal-basis text: an extension does not carry over a 重新答复 restart, whatever its basis
 * says, and does carry over a 补正 restart, whatever its basis says.
 */
@GongkaiIntegrationTest
class ClockRestartReasonIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClockPeriods clocks;

	@Autowired
	JdbcClient jdbc;

	UUID caseId;

	@BeforeEach
	void aCaseWithAnExtension() {
		Agency agency = fixtures.agency();
		UUID applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON).applicantId();
		caseId = UUID.randomUUID();
		jdbc.sql("""
				insert into disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
				    submitted_at, received_on, information_sought, requested_form, delivery_method, status, created_at)
				values (?, ?, ?, ?, 'NATURAL_PERSON', 'ONLINE', now(), date '2024-09-02', '测试', 'ELECTRONIC', 'ONLINE',
				        'IN_PROGRESS', now())""")
			.params(caseId, agency.code() + "-2024-" + caseId.toString().substring(0, 8), agency.id().value(),
					applicant)
			.update();
		clocks.start(caseId, LocalDate.of(2024, 9, 2), "《条例》第三十一条");
		clocks.extend(caseId, 10, LocalDate.of(2024, 9, 20), "《条例》第三十三条第二款");
	}

	private List<String> reasons() {
		return jdbc
			.sql("select coalesce(restart_reason, '-') from deadline_clock_period where case_id = ? order by seq")
			.param(caseId)
			.query(String.class)
			.list();
	}

	@Test
	void aReanswerRestartDropsTheExtensionWhateverItsBasisSays() {
		clocks.restart(caseId, LocalDate.of(2024, 11, 4), ClockPeriod.RestartReason.REANSWER,
				"复议决定书（县政府〔2024〕12号）责令重新作出");
		assertThat(reasons()).containsExactly("-", "REANSWER");
		assertThat(clocks.extensionDays(caseId)).isZero();
	}

	@Test
	void aCorrectionRestartKeepsTheExtensionEvenIfItsBasisMentionsAReanswer() {
		clocks.switchTo(caseId, ClockPeriod.Kind.RESTARTED, LocalDate.of(2024, 10, 8), "补正后重新答复期限（《条例》第三十条）");
		assertThat(reasons()).containsExactly("-", "CORRECTION");
		assertThat(clocks.extensionDays(caseId)).isEqualTo(10);
	}

	@Test
	void theDatabaseRefusesARestartWithoutAReasonAndAReasonOnAnotherPeriod() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into deadline_clock_period (case_id, seq, kind, starts_on, legal_basis)
				values (?, 9, 'RESTARTED', date '2024-10-08', 'x')""").params(caseId).update())
			.hasMessageContaining("deadline_clock_period_restart_reason");
		assertThatThrownBy(() -> jdbc.sql("""
				insert into deadline_clock_period (case_id, seq, kind, starts_on, legal_basis, restart_reason)
				values (?, 9, 'SUSPENDED', date '2024-10-08', 'x', 'CORRECTION')""").params(caseId).update())
			.hasMessageContaining("deadline_clock_period_restart_reason");
	}

}
