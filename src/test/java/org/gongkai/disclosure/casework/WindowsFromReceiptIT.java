package org.gongkai.disclosure.casework;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.decision.CaseLetters;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.casework.views.CaseViews;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.gongkai.disclosure.serving.ServiceMethod;
import org.gongkai.disclosure.serving.ServiceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Windows from receipt (issue 11 item 4): the 补正, fee, consultation and explanation
 * windows run from the addressee's recorded receipt of the notice (条例 arts 30, 32, 34;
 * 国办函〔2020〕109号), the answer is dated the day it actually arrived, and an extension
 * notice that reaches the applicant after the unextended deadline is flagged; and no
 * window ends a request silently (issue 11 item 5). Expected dates are counted by hand on
 * the official 2024 calendar (Saturday 12 October worked).
 */
@GongkaiIntegrationTest
class WindowsFromReceiptIT {

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	CaseNotices notices;

	@Autowired
	CaseLedger ledger;

	@Autowired
	ReplyDeadlines deadlines;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CaseViews views;

	@Autowired
	CaseLetters letters;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser registrar;

	@BeforeEach
	void setUp() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		registrar = fixtures.officer(agency, Role.REGISTRAR);
		clock.setDate(LocalDate.of(2024, 10, 8));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCorrectionSentByPostStartsItsWindowOnlyOnItsRecordedReceipt() throws Exception {
		DisclosureCase filed = onPaper();
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请写明所需文件的名称"), 10));
		ServiceRecord posted = fixtures.as(officer, () -> notices.send(officer, filed.id(),
				LetterKind.CORRECTION_NOTICE, ServiceMethod.POST, "XA20241008", null));

		clock.setDate(LocalDate.of(2024, 10, 11));
		assertThat(corrections.of(filed.id()).orElseThrow().window().awaitingService()).isTrue();
		assertThat(lapseDay(filed)).isAfter(LocalDate.of(2030, 1, 1));
		mvc.perform(get("/officer/cases/{id}", filed.id().value()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待送达：政府信息公开申请补正告知书于2024-10-08发出")));

		// the tracking page shows it signed for on 10 October
		fixtures.as(officer, () -> notices.received(officer, filed.id(), posted.id(),
				new CaseNotices.Receipt(LocalDate.of(2024, 10, 10), "EMS XA20241008 妥投", null, null)));
		CaseCorrections.Correction correction = corrections.of(filed.id()).orElseThrow();
		assertThat(correction.window().servedOn()).isEqualTo(LocalDate.of(2024, 10, 10));
		// 11, 12 (worked Saturday), 14–18, 21, 22, 23 October
		assertThat(correction.dueOn()).isEqualTo(LocalDate.of(2024, 10, 23));
		assertThat(lapseDay(filed)).isEqualTo(LocalDate.of(2024, 10, 24));
		assertThat(ledger.of(filed.id())).filteredOn(e -> e.action() == LedgerAction.WINDOW_STARTED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("servedOn", "2024-10-10")
				.containsEntry("dueOn", "2024-10-23"));
		mvc.perform(get("/api/requests/{id}", filed.id().value()).with(user(officer)))
			.andExpect(jsonPath("$.correction.servedOn").value("2024-10-10"))
			.andExpect(jsonPath("$.correction.dueOn").value("2024-10-23"))
			.andExpect(jsonPath("$.correction.window", containsString("补正期限自申请人收到补正告知书之日起计算")));

		// the correction came by post on 21 October; it is recorded the next day
		clock.setDate(LocalDate.of(2024, 10, 22));
		assertThatThrownBy(() -> fixtures.as(registrar, () -> {
			corrections.answer(registrar, filed.id(), "文件名称为……", LocalDate.of(2024, 10, 7));
			return null;
		})).hasMessageContaining("不能早于发出政府信息公开申请补正告知书之日（2024-10-08）");
		assertThatThrownBy(() -> fixtures.as(registrar, () -> {
			corrections.answer(registrar, filed.id(), "文件名称为……", LocalDate.of(2024, 10, 23));
			return null;
		})).hasMessageContaining("不能晚于今天");
		fixtures.as(registrar, () -> {
			corrections.answer(registrar, filed.id(), "文件名称为……", LocalDate.of(2024, 10, 21));
			return null;
		});
		assertThat(corrections.of(filed.id()).orElseThrow().answeredOn()).isEqualTo(LocalDate.of(2024, 10, 21));
		// the reply period restarts on the day the correction arrived (art 30): 20
		// working days from 21 October end on 18 November
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 18));
	}

	@Test
	void aCorrectionSentByPostLapsesOnlyWhenTheCaseOfficerConfirms() throws Exception {
		DisclosureCase filed = onPaper();
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请写明所需文件的名称"), 10));
		ServiceRecord posted = fixtures.as(officer, () -> notices.send(officer, filed.id(),
				LetterKind.CORRECTION_NOTICE, ServiceMethod.POST, "XA20241008", null));
		clock.setDate(LocalDate.of(2024, 10, 11));
		fixtures.as(officer, () -> notices.received(officer, filed.id(), posted.id(),
				new CaseNotices.Receipt(LocalDate.of(2024, 10, 10), "EMS XA20241008 妥投", null, null)));
		assertThat(lapseDay(filed)).isEqualTo(LocalDate.of(2024, 10, 24));

		// the window ran out on 23 October; the timer fires at the start of the 24th
		clock.setDate(LocalDate.of(2024, 10, 24));
		management.executeJob(lapseTimer(filed).getId());
		fixtures.runDueJobs();
		assertThat(cases.byId(filed.id()).orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_CORRECTION);
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.doesNotContain(LedgerAction.CORRECTION_LAPSED);
		mvc.perform(get("/officer/tasks").with(user(officer))).andExpect(content().string(containsString("确认逾期不补正")));
		mvc.perform(get("/officer/cases/{id}", filed.id().value()).with(user(officer)))
			.andExpect(content().string(containsString("补正期限已届满：请确认")))
			// or excuse it with a new last day
			.andExpect(content().string(containsString("<label for=\"excuseDueOn\">新的补正期限（工作日）</label>")))
			.andExpect(content().string(containsString("value=\"NEW_DATE\">另定期限</button>")));

		mvc.perform(post("/officer/cases/{id}/correction-lapse", filed.id().value()).with(user(officer))
			.with(csrf())
			.param("decision", "CONFIRMED"));
		fixtures.runDueJobs();
		DisclosureCase closed = cases.byId(filed.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(Outcome.OTHER_CORRECTION_LAPSED);
		assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 10, 24));
		assertThat(ledger.of(filed.id())).filteredOn(e -> e.action() == LedgerAction.LAPSE_CONFIRMED)
			.singleElement()
			.satisfies(e -> assertThat(e.actorName()).isEqualTo(officer.displayName()));
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.containsOnlyOnce(LedgerAction.CORRECTION_LAPSED);
		// the applicant is told in writing, and the letter can be served like any other
		assertThat(fixtures.as(officer, () -> views.detail(officer, filed.id())).issuedLetters())
			.contains(LetterKind.REPLY);
		assertThat(fixtures.as(officer, () -> letters.letter(officer, filed.id(), LetterKind.REPLY)).paragraphs())
			.anyMatch(p -> p.contains("无正当理由逾期不补正，视为放弃申请"));
	}

	@Test
	void aPaymentIsDatedTheDayItArrivedAndAnApplicantCannotBackdate() throws Exception {
		DisclosureCase billed = onPaper();
		fixtures.as(officer, () -> {
			corrections.accept(officer, billed.id());
			return fees.notify(officer, billed.id(), FeeMode.PER_VOLUME, 50);
		});
		fixtures.serve(officer, billed.id(), LetterKind.FEE_NOTICE, LocalDate.of(2024, 10, 8));
		clock.setDate(LocalDate.of(2024, 10, 17));
		mvc.perform(post("/api/cases/{id}/fee-payment", billed.id().value()).with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\":\"2024-10-15\"}")).andExpect(status().isOk());
		assertThat(fees.of(billed.id()).orElseThrow().paidOn()).isEqualTo(LocalDate.of(2024, 10, 15));
		assertThat(ledger.of(billed.id())).filteredOn(e -> e.action() == LedgerAction.FEE_PAID)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("paidOn", "2024-10-15"));

		GongkaiUser applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		DisclosureCase online = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "本县2024年财政预算", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		fixtures.as(officer, () -> {
			corrections.accept(officer, online.id());
			return explanations.request(officer, online.id(), "本月第41件申请的用途", 10);
		});
		mvc.perform(post("/api/requests/{id}/explanation", online.id().value()).with(user(applicant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"用于研究\",\"receivedOn\":\"2024-10-10\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("以提交之日为收到之日")));
	}

	@Test
	void anExtensionNoticeReachingTheApplicantAfterTheUnextendedDeadlineIsFlagged() throws Exception {
		clock.setDate(LocalDate.of(2024, 9, 29)); // received: 20 working days end on 31
													// October
		DisclosureCase filed = onPaper();
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return null;
		});
		clock.setDate(LocalDate.of(2024, 10, 28));
		fixtures.as(officer, () -> {
			extensions.request(officer, filed.id(), 10, "需要调取档案");
			return null;
		});
		fixtures.as(head, () -> {
			extensions.decide(head, filed.id(), true, null);
			return null;
		});
		fixtures.runDueJobs();
		ServiceRecord posted = fixtures.as(officer, () -> notices.send(officer, filed.id(), LetterKind.EXTENSION_NOTICE,
				ServiceMethod.POST, "XA20241028", null));
		clock.setDate(LocalDate.of(2024, 11, 4));
		fixtures.as(officer, () -> notices.received(officer, filed.id(), posted.id(),
				new CaseNotices.Receipt(LocalDate.of(2024, 11, 1), null, null, null)));
		assertThat(ledger.of(filed.id())).filteredOn(e -> e.action() == LedgerAction.EXTENSION_SERVED_LATE)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("receivedOn", "2024-11-01")
				.containsEntry("unextendedDueOn", "2024-10-31"));
		mvc.perform(get("/officer/cases/{id}", filed.id().value()).with(user(officer)))
			.andExpect(content().string(containsString("延期答复告知书于2024-11-01送达申请人，晚于原答复期限2024-10-31")));
	}

	private DisclosureCase onPaper() {
		LocalDate today = ReplyDeadlines.today(clock);
		return fixtures.as(registrar,
				() -> intake.register(registrar, new OfflineRequest(Channel.IN_PERSON, today, null,
						new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "李某", IdDocumentType.RESIDENT_ID_CARD,
								Fixtures.validResidentId(), "13700002222", null, "某地"),
						"某镇2024年道路养护合同", RequestedForm.PAPER, DeliveryMethod.POST)));
	}

	private LocalDate lapseDay(DisclosureCase c) {
		return ZonedDateTime.ofInstant(lapseTimer(c).getDuedate().toInstant(), ReplyDeadlines.ZONE).toLocalDate();
	}

	private Job lapseTimer(DisclosureCase c) {
		String pi = runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(c.reference())
			.singleResult()
			.getId();
		return management.createJobQuery()
			.processInstanceId(pi)
			.timers()
			.activityId(DisclosureRequestProcess.Elements.EVENT_CORRECTION_LAPSED)
			.singleResult();
	}

}
