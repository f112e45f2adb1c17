package org.gongkai.disclosure.audit;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.decisions.Outcome;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
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

	@Autowired
	AuditChain chain;

	@Autowired
	PlatformTransactionManager transactions;

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
		chain.chainPending();
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
	void aRefusalIsKeptWhenItsWorkRollsBackAndAReadWhenItsTransactionIsReadOnly() {
		String object = "rollback-" + UUID.randomUUID();
		TransactionTemplate readWrite = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> readWrite.executeWithoutResult(status -> {
			trail.recordAlone(AuditAction.CASE_HANDLE, "test", object, AuditResult.DENIED, "拒绝");
			trail.record(AuditAction.CASE_DECIDED, "test", object, AuditResult.SUCCESS, "随工作回滚");
			throw new IllegalStateException("the work fails");
		})).isInstanceOf(IllegalStateException.class);
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(
				status -> trail.recordAlone(AuditAction.CASE_READ, "test", object, AuditResult.SUCCESS, "只读"));
		readWrite.executeWithoutResult(
				status -> trail.recordAlone(AuditAction.CASE_READ, "test", object, AuditResult.SUCCESS, "读写，提交"));

		assertThat(trail.recent(10, "test", object)).extracting(AuditEvent::detail)
			.containsExactly("读写，提交", "只读", "拒绝");
	}

	@Test
	void anApiCallWithHttpBasicIsNotALoginButAFailedOneIsAudited() throws Exception {
		GongkaiUser officer = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		String username = officer.getUsername();
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/tasks").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/tasks").with(httpBasic(username, "wrong-password"))).andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD)).andExpect(authenticated());

		List<AuditEvent> logins = trail.recent(20, "account", officer.id().toString())
			.stream()
			.filter(e -> e.action().equals("LOGIN"))
			.toList();
		assertThat(logins).extracting(AuditEvent::action, AuditEvent::result)
			.containsExactly(Assertions.tuple("LOGIN", AuditResult.SUCCESS));
		assertThat(trail.recent(20, "account", username)).extracting(AuditEvent::action, AuditEvent::result)
			.containsExactly(Assertions.tuple("LOGIN", AuditResult.FAILED));
	}

	@Test
	void administratorsViewVerifyAndExportIt() throws Exception {
		GongkaiUser admin = fixtures.officer(fixtures.agency(), Role.ADMINISTRATOR);
		for (int i = 0; i < 4; i++) {
			fixtures.officer(fixtures.agency(), Role.REGISTRAR);
		}
		chain.chainPending();
		long before = jdbc.sql("select count(*) from audit_event where action = 'AUDIT_READ'")
			.query(Long.class)
			.single();
		String next = mvc.perform(get("/api/admin/audit").param("limit", "3").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].chainPosition").isNumber())
			.andExpect(jsonPath("$[0].mac").isString())
			.andReturn()
			.getResponse()
			.getHeader("Link");
		assertThat(next).matches("<http://localhost/api/admin/audit\\?limit=3&before=\\d+>; rel=\"next\"");
		long oldestOnFirstPage = Long.parseLong(next.replaceAll(".*before=(\\d+).*", "$1"));
		mvc.perform(get(next.substring(1, next.indexOf('>'))).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$[0].seq").value(Matchers.lessThan((int) oldestOnFirstPage)));
		// one line per page viewed, not per line listed
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_READ'").query(Long.class).single())
			.isEqualTo(before + 2);
		mvc.perform(get("/admin/audit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("校验哈希链")));
		mvc.perform(get("/admin/audit").param("verify", "true").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("哈希链完整")));
		mvc.perform(get("/api/admin/audit/verify").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.waitingToBeChained").isNumber());
		mvc.perform(get("/api/admin/audit/export").param("limit", "3").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(
					MockMvcResultMatchers.header().string("Content-Disposition", Matchers.containsString("audit.csv")))
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("seq,occurred_at,actor_id")));
	}

}
