package org.gongkai.disclosure.notifications;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The daily jobs: an applicant reminded three working days before a window of theirs
 * closes, once; a member of staff's digest of new, soon-due and overdue tasks, one a day,
 * also when the job runs twice.
 */
@GongkaiIntegrationTest
@Import(NotificationFixtures.class)
class DailyNotificationsIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	NotificationFixtures notified;

	@Autowired
	TestClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxWorker worker;

	@Autowired
	WindowReminders reminders;

	@Autowired
	StaffDigests digests;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	ReplyDeadlines deadlines;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	MockMvc mvc;

	@Autowired
	MailProperties mail;

	private TestMailServer smtp;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		smtp = new TestMailServer(mail).start();
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = notified.applicant();
		clock.setDate(LocalDate.of(2024, 9, 23));
	}

	@AfterEach
	void tearDown() {
		smtp.stop();
		clock.reset();
	}

	@Test
	void theApplicantIsRemindedThreeWorkingDaysBeforeTheCorrectionPeriodEndsOnce() {
		DisclosureCase filed = notified.file(applicant, agency);
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请明确所需信息的年度"), 10));
		// received by the applicant the same day
		fixtures.serve(officer, filed.id(), LetterKind.CORRECTION_NOTICE, LocalDate.of(2024, 9, 23));
		CaseCorrections.Correction correction = corrections.of(filed.id()).orElseThrow();
		// 10 working days from Mon 23 Sep 2024 run over the National Day holiday (1–7
		// Oct,
		// with 29 Sep and 12 Oct worked): the reminder day is found on the same calendar
		assertThat(correction.dueOn()).isEqualTo(LocalDate.of(2024, 10, 11));
		LocalDate reminderDay = LocalDate.of(2024, 10, 8);
		assertThat(deadlines.workingDaysBetween(reminderDay, correction.dueOn())).isEqualTo(3);

		reminders.remind(LocalDate.of(2024, 9, 30));
		assertThat(reminders(filed)).isEmpty();

		clock.setDate(reminderDay);
		reminders.remind(reminderDay);
		reminders.remind(reminderDay);
		reminders.remind(LocalDate.of(2024, 10, 9));
		assertThat(reminders(filed)).extracting(OutboxMessage::channel)
			.containsExactlyInAnyOrder(NotificationChannel.IN_SYSTEM, NotificationChannel.EMAIL);
		OutboxMessage reminder = reminders(filed).get(0);
		assertThat(reminder.subject()).contains("补正期限即将届满");
		assertThat(reminder.body()).contains("将于 2024-10-11 届满（还有 3 个工作日）");

		drain();
		drain();
		assertThat(smtp.to(NotificationFixtures.email(applicant)))
			.filteredOn(m -> TestMailServer.key(m).startsWith("window:"))
			.hasSize(1);
	}

	@Test
	void noReminderOnceTheApplicantHasActed() {
		DisclosureCase filed = notified.file(applicant, agency);
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请明确所需信息的年度"), 10));
		fixtures.as(applicant, () -> {
			corrections.answer(applicant, filed.id(), "2024年度");
			return null;
		});
		reminders.remind(LocalDate.of(2024, 10, 8));
		assertThat(reminders(filed)).isEmpty();
	}

	@Test
	void staffGetOneDigestADayOfNewDueSoonAndOverdueTasks() throws Exception {
		mvc.perform(post("/officer/notifications/address").param("email", "officer-digest@example.org")
			.with(user(officer))
			.with(csrf()));
		DisclosureCase first = notified.file(applicant, agency);
		DisclosureCase second = notified.file(notified.applicant(), agency);
		LocalDate due = deadlines.dueDate(first.id().value()).date();

		digestOn(LocalDate.of(2024, 9, 23));
		digestOn(LocalDate.of(2024, 9, 23));
		List<OutboxMessage> digest = outbox.inbox(Recipient.staff(officer.id()), 10);
		assertThat(digest).hasSize(1);
		assertThat(digest.get(0).subject()).contains("新任务 2 件，即将到期 0 件，已逾期 0 件");
		// the 补正 notice limit, 7 working days after Mon 23 Sep 2024 counted by hand
		// over
		// the National Day holiday (Sun 29 Sep worked, 1–7 Oct off)
		assertThat(digest.get(0).body()).contains(first.reference())
			.contains(second.reference())
			.contains("审查申请")
			.contains("补正告知须于 2024-10-08 前发出");

		// nothing new and nothing due: no digest that day
		digestOn(LocalDate.of(2024, 9, 24));
		assertThat(outbox.inbox(Recipient.staff(officer.id()), 10)).hasSize(1);

		// one working day left to send a 补正 notice: due soon, as the task list shows it
		digestOn(LocalDate.of(2024, 9, 30));
		assertThat(outbox.inbox(Recipient.staff(officer.id()), 10).get(0).subject())
			.contains("新任务 0 件，即将到期 2 件，已逾期 0 件");

		fixtures.accept(officer, first.id());
		fixtures.accept(officer, second.id());
		LocalDate twoWorkingDaysBefore = LocalDate.of(2024, 10, 22);
		assertThat(deadlines.addWorkingDays(twoWorkingDaysBefore, 2)).isEqualTo(due);
		digestOn(twoWorkingDaysBefore);
		OutboxMessage accepted = outbox.inbox(Recipient.staff(officer.id()), 10).get(0);
		assertThat(accepted.subject()).contains("新任务 2 件，即将到期 2 件，已逾期 0 件");
		assertThat(accepted.body()).contains("答复期限 " + due).doesNotContain("补正告知");

		digestOn(due.plusDays(1));
		assertThat(outbox.inbox(Recipient.staff(officer.id()), 10).get(0).subject())
			.contains("新任务 0 件，即将到期 0 件，已逾期 2 件");
		assertThat(outbox.inbox(Recipient.staff(officer.id()), 10)).hasSize(4);

		drain();
		drain();
		assertThat(smtp.to("officer-digest@example.org")).hasSize(4);
		mvc.perform(get("/officer/notifications").with(user(officer)))
			.andExpect(content().string(containsString("已逾期（2）")))
			.andExpect(content().string(containsString("officer-digest@example.org")));
	}

	/**
	 * The officer's other deadlines are in the digest as they are on the task list: a
	 * consultation with a third party, by its own window.
	 */
	@Test
	void theDigestListsEveryKindOfDeadlineOfTheTaskList() {
		DisclosureCase c = fixtures.accepted(applicant, agency, officer, "本县某企业的环评报告");
		fixtures.as(officer, () -> consultations.send(officer, c.id(), CaseConsultations.Party.THIRD_PARTY, "某化工有限公司",
				"环评报告中的工艺参数"));
		digestOn(LocalDate.of(2024, 9, 23));
		assertThat(outbox.inbox(Recipient.staff(officer.id()), 10).get(0).body())
			.contains(c.reference() + " 征求第三方意见：某化工有限公司（征求意见函尚未送达）");
	}

	/** The daily job on {@code day}: the clock reads that day, as in production. */
	private void digestOn(LocalDate day) {
		clock.setDate(day);
		digests.write(day);
	}

	private List<OutboxMessage> reminders(DisclosureCase c) {
		return outbox.ofCase(c.id().value()).stream().filter(m -> m.kind() == NotificationKind.WINDOW_CLOSING).toList();
	}

	private void drain() {
		while (worker.runOnce() > 0) {
			// next batch
		}
	}

}
