package org.gongkai.disclosure.notifications;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.Appeal;
import org.gongkai.disclosure.appeals.AppealKind;
import org.gongkai.disclosure.appeals.DecisionType;
import org.gongkai.disclosure.appeals.NewAppeal;
import org.gongkai.disclosure.appeals.Procedure;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the applicant is told, through the real services: receipt, 补正, fee notice,
 * extension, reply and appeal result, each in the system and on the channels the
 * applicant chose; the notification page; 「需要您处理」 on 我的申请.
 */
@GongkaiIntegrationTest
@Import(NotificationFixtures.class)
class ApplicantNotificationsIT {

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
	CaseCorrections corrections;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	AppealHandling appeals;

	@Autowired
	CaseDecisions decisions;

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
		clock.setDate(LocalDate.of(2024, 10, 8));
	}

	@AfterEach
	void tearDown() {
		smtp.stop();
		clock.reset();
	}

	@Test
	void theReceiptIsToldInTheSystemAndByEmailWhichArrivesOnce() throws Exception {
		DisclosureCase filed = notified.file(applicant, agency);

		assertThat(outbox.ofCase(filed.id().value())).extracting(OutboxMessage::kind, OutboxMessage::channel)
			.containsExactlyInAnyOrder(tuple(NotificationKind.RECEIPT, NotificationChannel.IN_SYSTEM),
					tuple(NotificationKind.RECEIPT, NotificationChannel.EMAIL));
		drain();
		drain();
		assertThat(smtp.to(NotificationFixtures.email(applicant))).hasSize(1);
		assertThat(smtp.to(NotificationFixtures.email(applicant)).get(0).getSubject())
			.isEqualTo("【政府信息公开】" + filed.reference() + " 收到申请");

		mvc.perform(get("/my/notifications").with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(filed.reference() + " 收到申请")))
			.andExpect(content().string(containsString("2024-10-08 收到")));
		mvc.perform(get("/api/notifications").with(user(applicant)))
			.andExpect(jsonPath("$[0].kind").value("RECEIPT"))
			.andExpect(jsonPath("$[0].caseId").value(filed.id().value().toString()))
			.andExpect(jsonPath("$[0].read").value(true));
	}

	@Test
	void aCorrectionRequestIsToldAndFlaggedOnMyRequestsWithItsDateUntilAnswered() throws Exception {
		DisclosureCase filed = notified.file(applicant, agency);
		CaseCorrections.Correction correction = fixtures.as(officer,
				() -> corrections.request(officer, filed.id(), List.of("请明确所需信息的年度"), 15));

		assertThat(kinds(filed)).containsExactly(NotificationKind.RECEIPT, NotificationKind.CORRECTION_REQUESTED);
		// the period runs from the applicant's receipt of the 告知书 (docs/clocks.md)
		assertThat(correction.dueOn()).isNull();
		assertThat(inSystem(filed, NotificationKind.CORRECTION_REQUESTED).body()).contains("请自收到告知书之日起15个工作日内")
			.contains("第三十条");
		mvc.perform(get("/my/requests").with(user(applicant)))
			.andExpect(content().string(containsString("需要您处理")))
			.andExpect(content().string(containsString("提交补正材料")));
		fixtures.serve(officer, filed.id(), LetterKind.CORRECTION_NOTICE, ReplyDeadlines.today(clock));
		LocalDate dueOn = corrections.of(filed.id()).orElseThrow().dueOn();
		mvc.perform(get("/my/requests").with(user(applicant)))
			.andExpect(content().string(containsString("，请于 " + dueOn + " 前")));

		fixtures.as(applicant, () -> {
			corrections.answer(applicant, filed.id(), "所需信息为2024年度的报告");
			return null;
		});
		mvc.perform(get("/my/requests").with(user(applicant)))
			.andExpect(content().string(containsString(filed.reference())))
			.andExpect(content().string(not(containsString("需要您处理"))));
	}

	@Test
	void theCasesThatWaitForTheApplicantComeFirstOnMyRequests() throws Exception {
		DisclosureCase older = notified.file(applicant, agency);
		clock.setDate(LocalDate.of(2024, 10, 9));
		DisclosureCase newer = notified.file(applicant, agency);
		String before = mvc.perform(get("/my/requests").with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before.indexOf(newer.reference())).as("newest first while nothing waits")
			.isPositive()
			.isLessThan(before.indexOf(older.reference()));

		fixtures.as(officer, () -> corrections.request(officer, older.id(), List.of("请明确所需信息的年度"), 15));
		String after = mvc.perform(get("/my/requests").with(user(applicant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after.indexOf(older.reference())).as("the case awaiting a 补正 on top")
			.isPositive()
			.isLessThan(after.indexOf(newer.reference()));
		assertThat(after.indexOf("需要您处理")).isBetween(after.indexOf(older.reference()),
				after.indexOf(newer.reference()));
	}

	@Test
	void aFeeNoticeAnExtensionAndTheReplyAreEachTold() {
		DisclosureCase filed = notified.file(applicant, agency);
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return null;
		});
		CaseFees.Fee fee = fixtures.as(officer, () -> fees.notify(officer, filed.id(), FeeMode.PER_VOLUME, 120));
		assertThat(inSystem(filed, NotificationKind.FEE_NOTICE).body()).contains(fee.amountYuan() + " 元")
			.contains("请自收到告知书之日起20个工作日内");
		fixtures.as(officer, () -> {
			fees.paid(officer, filed.id());
			return null;
		});

		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(officer, () -> {
			extensions.request(officer, filed.id(), 10, "涉及多个部门，需调取档案");
			return null;
		});
		fixtures.as(head, () -> {
			extensions.decide(head, filed.id(), true, "同意");
			return null;
		});
		fixtures.runDueJobs();
		assertThat(inSystem(filed, NotificationKind.EXTENSION).body()).contains("第三十三条第二款").contains("答复期限至");

		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		fixtures.as(officer, () -> decisions.draft(officer, filed.id(), Outcome.DISCLOSED, "经查，现将所申请的信息予以公开。"));
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, filed.id(), true, null));
		fixtures.runDueJobs();
		assertThat(inSystem(filed, NotificationKind.REPLY_ISSUED).body()).contains(Outcome.DISCLOSED.displayLabel());
		assertThat(kinds(filed)).containsExactly(NotificationKind.RECEIPT, NotificationKind.FEE_NOTICE,
				NotificationKind.EXTENSION, NotificationKind.REPLY_ISSUED);

		drain();
		assertThat(smtp.to(NotificationFixtures.email(applicant))).extracting(TestMailServer::key)
			.hasSize(4)
			.doesNotHaveDuplicates();
	}

	@Test
	void anAppealResultIsTold() {
		DisclosureCase filed = notified.file(applicant, agency);
		DisclosureCase answered = answer(filed);
		clock.setDate(LocalDate.of(2024, 11, 18));
		Appeal appeal = fixtures.as(officer,
				() -> appeals.register(officer,
						new NewAppeal(answered.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
								LocalDate.of(2024, 11, 12), LocalDate.of(2024, 11, 18), Procedure.ORDINARY)));
		clock.setDate(LocalDate.of(2024, 12, 3));
		fixtures.as(officer, () -> appeals.decide(officer, appeal.id(), DecisionType.REVIEW_UPHELD,
				LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 3)));

		OutboxMessage told = inSystem(filed, NotificationKind.APPEAL_DECIDED);
		assertThat(told.recipient()).isEqualTo(Recipient.applicant(applicant.applicantId()));
		assertThat(told.body()).contains(appeal.reference()).contains(DecisionType.REVIEW_UPHELD.label());
	}

	@Test
	void theApplicantChoosesTheChannelsAndTheSystemAlwaysKeepsTheNotice() throws Exception {
		mvc.perform(post("/my/notifications/channels").param("sms", "true").with(user(applicant)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "通知方式已保存"));
		DisclosureCase filed = notified.file(applicant, agency);

		assertThat(outbox.ofCase(filed.id().value())).extracting(OutboxMessage::channel)
			.containsExactlyInAnyOrder(NotificationChannel.IN_SYSTEM, NotificationChannel.SMS);
		drain();
		assertThat(outbox.ofCase(filed.id().value())).allMatch(m -> m.status() == OutboxMessage.Status.SENT);
		assertThat(smtp.to(NotificationFixtures.email(applicant))).isEmpty();
		mvc.perform(get("/my/notifications").with(user(applicant)))
			.andExpect(content().string(containsString("name=\"sms\" value=\"true\" checked")));

		mvc.perform(post("/my/notifications/channels").with(user(applicant)).with(csrf()));
		DisclosureCase second = notified.file(applicant, agency);
		assertThat(outbox.ofCase(second.id().value())).extracting(OutboxMessage::channel)
			.containsExactly(NotificationChannel.IN_SYSTEM);

		GongkaiUser withoutEmail = fixtures.applicant(ApplicantCategory.COMMERCIAL_ENTERPRISE);
		mvc.perform(post("/my/notifications/channels").param("email", "true").with(user(withoutEmail)).with(csrf()))
			.andExpect(flash().attribute("error", "您的申请人信息中没有电子邮箱，不能选择以电子邮件接收通知"));
		mvc.perform(put("/api/notifications/channels").with(user(withoutEmail))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":true,\"sms\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private DisclosureCase answer(DisclosureCase filed) {
		fixtures.answer(officer, filed.id(), Outcome.DISCLOSED, "经查，现将所申请的信息予以公开。");
		return filed;
	}

	private List<NotificationKind> kinds(DisclosureCase c) {
		return outbox.ofCase(c.id().value())
			.stream()
			.filter(m -> m.channel() == NotificationChannel.IN_SYSTEM)
			.map(OutboxMessage::kind)
			.toList();
	}

	private OutboxMessage inSystem(DisclosureCase c, NotificationKind kind) {
		List<OutboxMessage> found = outbox.ofCase(c.id().value())
			.stream()
			.filter(m -> m.kind() == kind && m.channel() == NotificationChannel.IN_SYSTEM)
			.toList();
		assertThat(found).as(kind.name()).hasSize(1);
		return found.get(0);
	}

	private void drain() {
		while (worker.runOnce() > 0) {
			// next batch
		}
	}

}
