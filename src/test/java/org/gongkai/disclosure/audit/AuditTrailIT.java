package org.gongkai.disclosure.audit;

import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
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
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongkaiIntegrationTest
class AuditTrailIT {

	@Autowired
	AuditTrail trail;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseViews views;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void changesAndReadsOfPersonalDataAreRecordedWithWhoAndWhat() {
		Agency agency = fixtures.agency();
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		GongkaiUser stranger = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase filed = fixtures.submit(applicant, agency, "某信息");
		fixtures.as(officer, () -> views.detail(officer, filed.id()));
		fixtures.answer(officer, filed.id(), Outcome.DISCLOSED, "予以公开");
		try {
			fixtures.as(stranger, () -> views.detail(stranger, filed.id()));
		}
		catch (RuntimeException expected) {
			// 404 for the stranger; the attempt is recorded
		}

		List<AuditEvent> events = trail.recent(50, "case", filed.id().toString());
		assertThat(events).extracting(AuditEvent::action)
			.contains("CASE_SUBMITTED", "PERSONAL_DATA_READ", "DECISION_DRAFTED", "REVIEW_APPROVED", "CASE_DECIDED",
					"REPLY_ISSUED", "CASE_READ");
		assertThat(events).filteredOn(e -> e.action().equals("DECISION_DRAFTED")).singleElement().satisfies(e -> {
			assertThat(e.actorId()).isEqualTo(officer.id());
			assertThat(e.actorName()).isEqualTo(officer.displayName());
			assertThat(e.result()).isEqualTo(AuditResult.SUCCESS);
			assertThat(e.detail()).contains("予以公开");
		});
		assertThat(events).filteredOn(e -> e.action().equals("CASE_READ")).singleElement().satisfies(e -> {
			assertThat(e.actorId()).isEqualTo(stranger.id());
			assertThat(e.result()).isEqualTo(AuditResult.DENIED);
		});
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditLines() {
		fixtures.agency();
		fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'x'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void anyEditBehindTheTriggersBackIsCaughtByTheChain() {
		fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		assertThat(trail.verify().intact()).isTrue();
		long victim = jdbc.sql("select max(seq) - 1 from audit_event").query(Long.class).single();
		String original = jdbc.sql("select detail from audit_event where seq = ?")
			.param(victim)
			.query(String.class)
			.single();
		jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
		try {
			jdbc.sql("update audit_event set detail = 'forged' where seq = ?").param(victim).update();
			AuditTrail.ChainCheck check = trail.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenSeq()).isEqualTo(victim);
		}
		finally {
			jdbc.sql("update audit_event set detail = ? where seq = ?").params(original, victim).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void administratorsViewVerifyAndExportIt() throws Exception {
		GongkaiUser admin = fixtures.officer(fixtures.agency(), Role.ADMINISTRATOR);
		fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		mvc.perform(get("/api/admin/audit").param("limit", "3").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].action").value("AUDIT_READ"))
			.andExpect(jsonPath("$[0].hash").isString());
		mvc.perform(get("/admin/audit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("哈希链完整")));
		mvc.perform(get("/api/admin/audit/verify").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(get("/api/admin/audit/export").param("limit", "3").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(
					MockMvcResultMatchers.header().string("Content-Disposition", Matchers.containsString("audit.csv")))
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("seq,occurred_at,actor_id")));
	}

}
