package org.gongkai.disclosure.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.notifications.OutboxMessage.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The outbox and its worker against a real SMTP server: each message reaches the server
 * exactly once, also when the worker runs again and when it dies between the send and its
 * record; failures are retried with exponential back-off and given up after the last
 * attempt.
 */
@GongkaiIntegrationTest
@Import(NotificationFixtures.class)
class OutboxDeliveryIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	NotificationFixtures notified;

	@Autowired
	TestClock clock;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailProperties mail;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseLedger ledger;

	@Autowired
	MockMvc mvc;

	private TestMailServer smtp;

	private Agency agency;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		smtp = new TestMailServer(mail).start();
		agency = fixtures.agency();
		applicant = notified.applicant();
		clock.setDate(LocalDate.of(2024, 10, 8));
	}

	@AfterEach
	void tearDown() {
		smtp.stop();
		clock.reset();
	}

	@Test
	void aReExecutedWorkerSendsEachMessageOnce() throws Exception {
		DisclosureCase filed = notified.file(applicant, agency);
		OutboxMessage email = email(filed);
		assertThat(email.status()).isEqualTo(Status.PENDING);

		drain();
		drain();
		worker.runOnce();

		List<MimeMessage> received = smtp.to(NotificationFixtures.email(applicant));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).contains(filed.reference()).contains("收到申请");
		assertThat(TestMailServer.key(received.get(0))).isEqualTo(email.idempotencyKey());
		assertThat(received.get(0).getFrom()[0].toString()).isEqualTo(settings.mailFrom());
		assertThat(((String) received.get(0).getContent())).contains("第三十三条").contains("/my/requests/" + filed.id());
		OutboxMessage sent = email(filed);
		assertThat(sent.status()).isEqualTo(Status.SENT);
		assertThat(sent.attempts()).isEqualTo(1);
	}

	@Test
	void aCrashBetweenSendAndCommitNeverSendsTwice() throws Exception {
		DisclosureCase filed = notified.file(applicant, agency);
		String key = email(filed).idempotencyKey();
		// the record of the send fails in the database, as it would if the node died
		// right
		// after the SMTP server accepted the message
		jdbc.sql("""
				create or replace function notification_test_crash() returns trigger language plpgsql as $$
				begin raise exception 'simulated crash after the send'; end $$""").update();
		jdbc.sql("""
				create trigger notification_test_crash before update on notification_message for each row
				when (new.status = 'SENT' and new.idempotency_key = '%s')
				execute function notification_test_crash()""".formatted(key.replace("'", "''"))).update();
		try {
			drain();
		}
		finally {
			jdbc.sql("drop trigger notification_test_crash on notification_message").update();
			jdbc.sql("drop function notification_test_crash()").update();
		}
		assertThat(smtp.to(NotificationFixtures.email(applicant))).hasSize(1);
		assertThat(email(filed).status()).isEqualTo(Status.SENDING);

		drain();
		clock.setDate(LocalDate.of(2024, 10, 9));
		drain();

		assertThat(smtp.to(NotificationFixtures.email(applicant))).hasSize(1);
		assertThat(email(filed).status()).isEqualTo(Status.SENDING);
		OutboxMessage stale = email(filed);
		assertThat(worker.reportStale()).extracting(OutboxMessage::idempotencyKey).contains(key);
		mvc.perform(get("/api/admin/notifications/stale").with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].status".formatted(stale.id())).value("SENDING"));

		// only an administrator who checked that it never went out sends it again
		mvc.perform(post("/api/admin/notifications/{id}/release", stale.id()).with(user(applicant)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/notifications/{id}/release", stale.id()).with(user(admin())).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/admin/notifications/{id}/release", stale.id()).with(user(admin())).with(csrf()))
			.andExpect(status().isConflict());
		drain();
		assertThat(email(filed).status()).isEqualTo(Status.SENT);
		assertThat(smtp.to(NotificationFixtures.email(applicant))).hasSize(2);
	}

	private GongkaiUser admin() {
		return fixtures.officer(agency, Role.ADMINISTRATOR);
	}

	@Test
	void aReExecutedEngineJobTellsTheApplicantOnce() throws Exception {
		DisclosureCase filed = notified.file(applicant, agency);
		GongkaiUser officer = fixtures.officer(agency, Role.CASE_OFFICER);
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return decisions.draft(officer, filed.id(), Outcome.DISCLOSED, "经查，现将所申请的信息予以公开。");
		});
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, filed.id(), true, null));
		String instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(filed.reference())
			.singleResult()
			.getId();
		Job issueReply = management.createJobQuery().processInstanceId(instance).messages().singleResult();

		// the reply job's transaction fails at its commit: its ledger line and its
		// messages
		// go together
		jdbc.sql("""
				create or replace function notification_test_refuse() returns trigger language plpgsql as $$
				begin raise exception 'simulated failure of the job''s transaction'; end $$""").update();
		jdbc.sql("""
				create trigger notification_test_refuse before insert on notification_message for each row
				when (new.kind = 'REPLY_ISSUED' and new.case_id = '%s')
				execute function notification_test_refuse()""".formatted(filed.id().value())).update();
		try {
			assertThatThrownBy(() -> management.executeJob(issueReply.getId()))
				.hasStackTraceContaining("simulated failure of the job");
		}
		finally {
			jdbc.sql("drop trigger notification_test_refuse on notification_message").update();
			jdbc.sql("drop function notification_test_refuse()").update();
		}
		assertThat(outbox.ofCase(filed.id().value())).extracting(OutboxMessage::kind)
			.doesNotContain(NotificationKind.REPLY_ISSUED);
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).doesNotContain(LedgerAction.REPLY_ISSUED);

		management.executeJob(issueReply.getId());
		drain();
		drain();

		assertThat(outbox.ofCase(filed.id().value())).filteredOn(m -> m.kind() == NotificationKind.REPLY_ISSUED)
			.extracting(OutboxMessage::channel)
			.containsExactlyInAnyOrder(NotificationChannel.IN_SYSTEM, NotificationChannel.EMAIL);
		assertThat(smtp.to(NotificationFixtures.email(applicant))).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("【政府信息公开】" + filed.reference() + " 收到申请",
					"【政府信息公开】" + filed.reference() + " 答复书已出具");
	}

	@Test
	void aFailedSendIsRetriedWithExponentialBackOff() {
		DisclosureCase filed = notified.file(applicant, agency);
		smtp.stop();

		drain();
		OutboxMessage first = email(filed);
		assertThat(first.status()).isEqualTo(Status.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).isNotBlank();
		assertThat(Duration.between(clock.instant(), first.nextAttemptAt())).isEqualTo(settings.firstRetryAfter());

		drain(); // not due yet
		assertThat(email(filed).attempts()).isEqualTo(1);

		clock.setDate(LocalDate.of(2024, 10, 9));
		drain();
		OutboxMessage second = email(filed);
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(Duration.between(clock.instant(), second.nextAttemptAt()))
			.isEqualTo(settings.firstRetryAfter().multipliedBy(2));

		smtp.start();
		clock.setDate(LocalDate.of(2024, 10, 10));
		drain();
		drain();
		assertThat(email(filed).status()).isEqualTo(Status.SENT);
		assertThat(email(filed).attempts()).isEqualTo(3);
		assertThat(smtp.to(NotificationFixtures.email(applicant))).hasSize(1);
	}

	@Test
	void aMessageIsGivenUpAfterTheLastAttempt() {
		DisclosureCase filed = notified.file(applicant, agency);
		smtp.stop();
		LocalDate day = LocalDate.of(2024, 10, 8);
		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			clock.setDate(day.plusDays(attempt));
			drain();
			assertThat(email(filed).attempts()).isEqualTo(attempt);
		}
		assertThat(email(filed).status()).isEqualTo(Status.FAILED);
		assertThat(outbox.failed()).extracting(OutboxMessage::id).contains(email(filed).id());

		smtp.start();
		clock.setDate(day.plusDays(settings.maxAttempts() + 1));
		drain();
		assertThat(smtp.to(NotificationFixtures.email(applicant))).isEmpty();
	}

	@Test
	void theBackOffDoublesUpToItsCap() {
		assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(settings.retryAfter(7)).isEqualTo(Duration.ofHours(1));
	}

	/** Runs the worker until nothing more is due now. */
	private void drain() {
		while (worker.runOnce() > 0) {
			// next batch
		}
	}

	private OutboxMessage email(DisclosureCase c) {
		List<OutboxMessage> emails = outbox.ofCase(c.id().value())
			.stream()
			.filter(m -> m.kind() == NotificationKind.RECEIPT && m.channel() == NotificationChannel.EMAIL)
			.toList();
		assertThat(emails).hasSize(1);
		return emails.get(0);
	}

}
