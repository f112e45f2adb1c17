package org.gongkai.disclosure.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.applicants.ApplicantDetails;
import org.gongkai.disclosure.applicants.IdDocumentType;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.decision.CaseWithdrawals;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.history.LedgerEntry;
import org.gongkai.disclosure.casework.intake.OfflineRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.notices.CaseNotices;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Vars;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.casework.stops.CaseConsultations;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.casework.stops.CaseExplanations;
import org.gongkai.disclosure.casework.stops.CaseFees;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * One test per path of {@code bpmn/disclosure-request.bpmn} — every gateway branch,
 * boundary event and end event — on the real engine, the real delegates and real
 * PostgreSQL. Each ends by asserting that the process held only the contract's variables.
 */
@GongkaiIntegrationTest
class DisclosureRequestProcessIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseNotices notices;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	CaseWithdrawals withdrawals;

	@Autowired
	Cases cases;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseLedger ledger;

	@Autowired
	ClockPeriods clocks;

	@Autowired
	ReplyDeadlines deadlines;

	@Autowired
	CaseFees fees;

	@Autowired
	CaseConsultations consultations;

	@Autowired
	CaseExplanations explanations;

	@Autowired
	DisclosureRequestWorkflow workflow;

	@Autowired
	CaseRoutings routings;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private GongkaiUser reviewer;

	private GongkaiUser head;

	private Agency agency;

	@BeforeEach
	void setUp() {
		init(engine);
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		clock.setDate(LocalDate.of(2024, 9, 29));
	}

	/** The process instances this class ran, for the coverage check at the end. */
	private static final Set<String> INSTANCES = new ConcurrentSkipListSet<>();

	/**
	 * Process coverage: every flow node of the model (each gateway branch leads to one,
	 * and every boundary and end event is one) must have been passed by at least one path
	 * test of this class. Writes the report to
	 * {@code target/process-coverage/disclosure-request.txt}.
	 */
	@AfterAll
	static void everyFlowNodeWasPassed(@Autowired HistoryService history) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(DisclosureRequestProcess.RESOURCE).toFile());
		Set<String> nodes = new TreeSet<>();
		model.getModelElementsByType(FlowNode.class).forEach(n -> nodes.add(n.getId()));
		Set<String> passed = new TreeSet<>();
		for (String instance : INSTANCES) {
			history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance)
				.list()
				.forEach(a -> passed.add(a.getActivityId()));
		}
		Set<String> missed = new TreeSet<>(nodes);
		missed.removeAll(passed);
		Path report = Path.of("target", "process-coverage", "disclosure-request.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, "flow nodes: %d, passed: %d (%.0f%%)%nnot passed: %s%n".formatted(nodes.size(),
				nodes.size() - missed.size(), 100.0 * (nodes.size() - missed.size()) / nodes.size(), missed));
		assertThat(missed).as("flow nodes no path test passes").isEmpty();
	}

	@Test
	void answeredAfterScreeningReviewAndSignOff() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		assertThat(pi).isWaitingAt(Elements.TASK_SCREEN).task().hasCandidateGroup(Role.CASE_OFFICER.group());

		accept(filed);
		assertThat(pi).isWaitingAt(Elements.TASK_DECIDE);
		draft(filed, Outcome.DISCLOSED);
		assertThat(pi).isWaitingAt(Elements.TASK_LEGAL_REVIEW).task().hasCandidateGroup(Role.LEGAL_REVIEWER.group());
		assertThat(status(filed)).isEqualTo(CaseStatus.UNDER_REVIEW);
		review(filed, true, null);
		assertThat(pi).isWaitingAt(Elements.TASK_SIGN_OFF).task().hasCandidateGroup(Role.HEAD_OF_OFFICE.group());
		clock.setDate(LocalDate.of(2024, 10, 15));
		signOff(filed, true, null);
		assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_REPLY); // asyncBefore: the reply
																// goes out in its own job
		assertThat(status(filed)).isEqualTo(CaseStatus.DECIDED);
		assertThat(workflow.currentActivityIds(filed.reference())).containsExactly(Elements.TASK_ISSUE_REPLY);
		assertThat(workflow.currentPosition(filed.reference())).containsExactly("出具答复书");

		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.END_ANSWERED).hasNotPassed(Elements.TASK_REMIND_OFFICER);
		DisclosureCase answered = cases.byId(filed.id()).orElseThrow();
		assertThat(answered.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(answered.outcome()).isEqualTo(Outcome.DISCLOSED);
		assertThat(answered.closedOn()).isEqualTo(LocalDate.of(2024, 10, 15));
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.containsExactly(LedgerAction.SUBMITTED, LedgerAction.RECEIVED, LedgerAction.DOCUMENT_SENT,
					LedgerAction.ACCEPTED, LedgerAction.DRAFTED, LedgerAction.REVIEW_APPROVED, LedgerAction.DECIDED,
					LedgerAction.REPLY_ISSUED, LedgerAction.DELIVERED, LedgerAction.DOCUMENT_SENT);
		assertOnlyContractVariables(pi);
	}

	/**
	 * 《条例》第三十三条第一款: a request answered on the spot at intake goes from the start straight
	 * to issuing the reply, with only its id and the one flag.
	 */
	@Test
	void answeredOnTheSpotGoesStraightToTheReply() {
		GongkaiUser registrar = fixtures.officer(agency, Role.REGISTRAR);
		LocalDate today = LocalDate.of(2024, 9, 30);
		clock.setDate(today);
		DisclosureCase answered = fixtures.as(registrar,
				() -> intake.answerOnTheSpot(registrar, new OfflineRequest(Channel.IN_PERSON, today, null,
						new ApplicantDetails(ApplicantCategory.NATURAL_PERSON, "王某", IdDocumentType.RESIDENT_ID_CARD,
								Fixtures.validResidentId(), "13700001111", null, "某地"),
						"本县2024年政府工作报告", RequestedForm.PAPER, DeliveryMethod.PICK_UP),
						Outcome.NOT_PROCESSED_PUBLICATIONS, "该报告刊登于《示范县人民政府公报》2024年第1期，可在县图书馆查阅。"));
		ProcessInstance pi = instanceOf(answered);
		assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_REPLY).hasPassed(Elements.GATEWAY_ANSWERED_ON_THE_SPOT);
		fixtures.runDueJobs();
		assertThat(pi).isEnded()
			.hasPassed(Elements.END_ANSWERED)
			.hasNotPassed(Elements.TASK_SCREEN, Elements.TASK_DECIDE, Elements.TASK_LEGAL_REVIEW,
					Elements.TASK_SIGN_OFF);
		assertThat(cases.byId(answered.id()).orElseThrow().status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(cases.byId(answered.id()).orElseThrow().closedOn()).isEqualTo(today);
		assertOnlyContractVariables(pi);
	}

	@Test
	void returnedByTheReviewerAndByTheHeadThenAnswered() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		draft(filed, Outcome.DISCLOSED);
		assertThatThrownBy(() -> review(filed, false, " ")).hasMessageContaining("退回理由");
		review(filed, false, "应为部分公开：第3页含个人隐私");
		assertThat(pi).isWaitingAt(Elements.TASK_DECIDE);
		assertThat(cases.byId(filed.id()).orElseThrow().reviewNote()).isEqualTo("应为部分公开：第3页含个人隐私");
		draft(filed, Outcome.PARTLY_DISCLOSED);
		review(filed, true, null);
		signOff(filed, false, "请补充不予公开部分的理由");
		assertThat(pi).isWaitingAt(Elements.TASK_DECIDE);
		answerThroughReviewAndSignOff(filed, Outcome.PARTLY_DISCLOSED, pi);
		assertThat(cases.byId(filed.id()).orElseThrow().outcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aCorrectionStopsTheClockAndItsArrivalRestartsIt() {
		DisclosureCase filed = submit(); // received Sunday 29 Sep 2024 (a working day)
		ProcessInstance pi = instanceOf(filed);
		clock.setDate(LocalDate.of(2024, 10, 8)); // working day 2
		CaseCorrections.Correction notice = fixtures.as(officer,
				() -> corrections.request(officer, filed.id(), List.of("请明确所需文件的文号或形成时间", "请提供身份证明"), 10));
		// the period runs from the applicant's receipt of the notice: none yet
		assertThat(notice.window().awaitingService()).isTrue();
		assertThat(notice.dueOn()).isNull();
		assertThat(pi).isWaitingAt("Gateway_AwaitCorrection");
		assertThat(status(filed)).isEqualTo(CaseStatus.AWAITING_CORRECTION);
		assertThat(deadlines.dueDate(filed.id().value()).suspended()).isTrue();
		assertThat(timer(pi, Elements.EVENT_CORRECTION_LAPSED).getDuedate())
			.isAfter(Date.from(Instant.parse("2030-01-01T00:00:00Z")));

		// filed online, so served on the applicant's case page: opening it is the receipt
		fixtures.as(applicant, () -> {
			notices.opened(applicant, filed.id(), LetterKind.CORRECTION_NOTICE);
			return null;
		});
		// Saturday 12 Oct is a working day
		assertThat(corrections.of(filed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 10, 21));
		Job lapse = timer(pi, Elements.EVENT_CORRECTION_LAPSED);
		assertThat(ZonedDateTime.ofInstant(lapse.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 10, 22, 0, 0, 0, 0, ReplyDeadlines.ZONE));

		clock.setDate(LocalDate.of(2024, 10, 14));
		fixtures.as(applicant, () -> {
			corrections.answer(applicant, filed.id(), "文号为示政发〔2024〕12号");
			return null;
		});
		assertThat(pi).isWaitingAt(Elements.TASK_SCREEN).hasPassed(Elements.EVENT_CORRECTION_RECEIVED);
		assertThat(clocks.of(filed.id().value())).extracting(ClockPeriod::kind)
			.containsExactly(ClockPeriod.Kind.RUNNING, ClockPeriod.Kind.SUSPENDED, ClockPeriod.Kind.RESTARTED);
		// 20 working days after 14 Oct, the day the 补正 arrived (official calendar)
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 11));
		assertThatThrownBy(() -> fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("再补"), 5)))
			.hasMessageContaining("一次性");

		accept(filed);
		draft(filed, Outcome.UNAVAILABLE_STILL_UNCLEAR);
		review(filed, true, null);
		signOff(filed, true, null);
		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.END_ANSWERED).hasNotPassed(Elements.END_CORRECTION_LAPSED);
		assertOnlyContractVariables(pi);
	}

	@Test
	void noCorrectionInTimeEndsTheRequest() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请说明所需信息的名称"), null));
		fixtures.serve(officer, filed.id(), LetterKind.CORRECTION_NOTICE, LocalDate.of(2024, 9, 29));
		Job lapse = timer(pi, Elements.EVENT_CORRECTION_LAPSED);
		clock.setDate(LocalDate.of(2024, 10, 31));
		management.executeJob(lapse.getId());
		fixtures.runDueJobs();
		// no silent lapse: the case officer is asked, and the request is still open
		assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_CORRECTION_LAPSE).hasNotPassed(Elements.END_CORRECTION_LAPSED);
		assertThat(status(filed)).isEqualTo(CaseStatus.AWAITING_CORRECTION);
		assertThat(management.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(Elements.EVENT_CORRECTION_LAPSED)
			.count()).isZero(); // the timer fired once and is gone

		fixtures.as(officer, () -> {
			corrections.confirmLapse(officer, filed.id());
			return null;
		});
		fixtures.runDueJobs();
		assertThat(pi).isEnded()
			.hasPassed(Elements.EVENT_CORRECTION_LAPSED, Elements.TASK_CONFIRM_CORRECTION_LAPSE,
					Elements.GATEWAY_CORRECTION_LAPSE_DECISION, Elements.TASK_CLOSE_CORRECTION_LAPSED,
					Elements.END_CORRECTION_LAPSED);
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.containsSubsequence(LedgerAction.LAPSE_CONFIRMED, LedgerAction.CORRECTION_LAPSED);
		DisclosureCase closed = cases.byId(filed.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(Outcome.OTHER_CORRECTION_LAPSED);
		assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 10, 31));
		assertThatThrownBy(() -> fixtures.as(applicant, () -> {
			corrections.answer(applicant, filed.id(), "迟到的补正");
			return null;
		})).isInstanceOf(IllegalStateException.class);
		assertOnlyContractVariables(pi);
	}

	@Test
	void theCorrectionNoticeMustGoOutWithinSevenWorkingDays() {
		DisclosureCase filed = submit();
		clock.setDate(LocalDate.of(2024, 10, 14)); // working day 7 after 29 Sep 2024
													// (Saturday 12 Oct was worked)
		assertThat(fixtures.as(officer, () -> corrections.noticeDeadline(filed.receivedOn())))
			.isEqualTo(LocalDate.of(2024, 10, 14));
		DisclosureCase second = submit();
		clock.setDate(LocalDate.of(2024, 10, 15));
		assertThatThrownBy(() -> fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("x"), 10)))
			.hasMessageContaining("7个工作日内")
			.hasMessageContaining("2024-10-14");
		assertThat(fixtures.as(officer, () -> corrections.request(officer, second.id(), List.of("x"), 10))).isNotNull();
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineAndTheReminder() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		Job reminder = timer(pi, Elements.TIMER_ANSWER_DUE_SOON);
		assertThat(ZonedDateTime.ofInstant(reminder.getDuedate().toInstant(), ReplyDeadlines.ZONE).toLocalDate())
			.isEqualTo(LocalDate.of(2024, 10, 28));

		fixtures.as(officer, () -> {
			extensions.request(officer, filed.id(), 10, "涉及多个部门，需调取档案");
			return null;
		});
		assertThat(pi).isWaitingAt(Elements.TASK_APPROVE_EXTENSION, Elements.TASK_DECIDE);
		assertThatThrownBy(() -> fixtures.as(officer, () -> {
			extensions.request(officer, filed.id(), 5, "again");
			return null;
		})).hasMessageContaining("一次");
		fixtures.as(head, () -> {
			extensions.decide(head, filed.id(), true, "同意");
			return null;
		});
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.TASK_NOTIFY_EXTENSION, Elements.END_EXTENSION_GRANTED)
			.isWaitingAt(Elements.TASK_DECIDE);
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 14));
		Job moved = timer(pi, Elements.TIMER_ANSWER_DUE_SOON);
		assertThat(ZonedDateTime.ofInstant(timer(pi, Elements.TIMER_ANSWER_OVERDUE).getDuedate().toInstant(),
				ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 11, 15, 0, 0, 0, 0, ReplyDeadlines.ZONE)
				.plus(ReplyDeadlines.spreadOf(filed.id().toString())));
		assertThat(ZonedDateTime.ofInstant(moved.getDuedate().toInstant(), ReplyDeadlines.ZONE).toLocalDate())
			.isEqualTo(LocalDate.of(2024, 11, 11));
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.contains(LedgerAction.EXTENSION_REQUESTED, LedgerAction.EXTENSION_APPROVED,
					LedgerAction.EXTENSION_NOTIFIED);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aRefusedExtensionLeavesTheDeadlineAlone() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> {
			extensions.request(officer, filed.id(), 20, "工作量大");
			return null;
		});
		fixtures.as(head, () -> {
			extensions.decide(head, filed.id(), false, "理由不充分");
			return null;
		});
		assertThat(pi).hasPassed(Elements.END_EXTENSION_REFUSED)
			.hasNotPassed(Elements.TASK_NOTIFY_EXTENSION)
			.isWaitingAt(Elements.TASK_DECIDE);
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 10, 31));
		assertOnlyContractVariables(pi);
	}

	@Test
	void anExtensionStillPendingEndsWithTheCaseAndNoneIsGrantedAfterTheDeadline() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> {
			extensions.request(officer, filed.id(), 10, "需调取档案");
			return null;
		});
		draft(filed, Outcome.DISCLOSED);
		review(filed, true, null);
		signOff(filed, true, null);
		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.END_ANSWERED).hasNotPassed(Elements.END_EXTENSION_GRANTED);

		DisclosureCase late = submit();
		fixtures.accept(officer, late.id());
		clock.setDate(LocalDate.of(2024, 11, 1)); // the day after the 20th working day
		assertThatThrownBy(() -> fixtures.as(officer, () -> {
			extensions.request(officer, late.id(), 10, "太晚了");
			return null;
		})).hasMessageContaining("已于 2024-10-31 届满");
		assertThatThrownBy(() -> fixtures.as(officer, () -> fees.notify(officer, late.id(), FeeMode.PER_VOLUME, 100)))
			.hasMessageContaining("届满");
	}

	@Test
	void theApplicantWithdrawsAndTheProcessEnds() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		clock.setDate(LocalDate.of(2024, 10, 9));
		fixtures.as(applicant, () -> withdrawals.withdraw(applicant, filed.id(), "已通过其他途径获得"));
		assertThat(pi).isEnded().hasPassed(Elements.END_WITHDRAWN).hasNotPassed(Elements.END_ANSWERED);
		DisclosureCase closed = cases.byId(filed.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(Outcome.OTHER_OTHER);
		assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 10, 9));
		assertThatThrownBy(() -> fixtures.as(applicant, () -> withdrawals.withdraw(applicant, filed.id(), null)))
			.isInstanceOf(IllegalStateException.class);
		assertOnlyContractVariables(pi);
	}

	@Test
	void officerRemindedBeforeTheDeadlineAndTheCaseStaysOpen() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		Job timer = timer(pi, Elements.TIMER_ANSWER_DUE_SOON);
		// 20 working days from 29 Sep 2024 end on 31 Oct; the reminder is 3 working days
		// before, at 09:00 Beijing plus the case's own minute of the hour
		assertThat(ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 10, 28, 9, 0, 0, 0, ReplyDeadlines.ZONE)
				.plus(ReplyDeadlines.spreadOf(filed.id().toString())));
		management.executeJob(timer.getId());
		fixtures.runDueJobs();
		assertThat(pi)
			.hasPassed(Elements.TIMER_ANSWER_DUE_SOON, Elements.TASK_REMIND_OFFICER, Elements.END_OFFICER_REMINDED)
			.isWaitingAt(Elements.TASK_DECIDE)
			.isNotEnded();
		assertThat(ledger.of(filed.id())).filteredOn(e -> e.action() == LedgerAction.REMINDED)
			.first()
			.extracting(e -> e.detail().get("dueOn"))
			.isEqualTo("2024-10-31");
		assertOnlyContractVariables(pi);
	}

	@Test
	void aFeeNoticeStopsTheClockAndPaymentRestartsItWithTheDaysLeft() {
		DisclosureCase filed = submit(); // received 29 Sep 2024
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		clock.setDate(LocalDate.of(2024, 10, 10)); // working day 4
		assertThatThrownBy(() -> fixtures.as(officer, () -> fees.notify(officer, filed.id(), FeeMode.PER_VOLUME, 30)))
			.hasMessageContaining("不收费");
		CaseFees.Fee fee = fixtures.as(officer, () -> fees.notify(officer, filed.id(), FeeMode.PER_VOLUME, 120));
		assertThat(fee.amountYuan()).isEqualTo(1100); // 70 × 10 + 20 × 20
		assertThat(fee.dueOn()).isNull(); // until the applicant receives the notice
		fixtures.serve(officer, filed.id(), LetterKind.FEE_NOTICE, LocalDate.of(2024, 10, 10));
		// 20 working days after 10 Oct, counting the 调休 Saturday 12 Oct (official
		// calendar)
		assertThat(fees.of(filed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 11, 6));
		assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT_PAYMENT);
		assertThat(status(filed)).isEqualTo(CaseStatus.AWAITING_PAYMENT);
		assertThat(deadlines.dueDate(filed.id().value()).suspended()).isTrue();

		clock.setDate(LocalDate.of(2024, 10, 21));
		fixtures.as(officer, () -> {
			fees.paid(officer, filed.id());
			return null;
		});
		assertThat(pi).hasPassed(Elements.EVENT_FEE_PAID).isWaitingAt(Elements.TASK_DECIDE);
		// 4 working days were used before the notice; 16 remain from 21 Oct
		// (official calendar)
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 12));
		answerThroughReviewAndSignOff(filed, Outcome.DISCLOSED, pi);
		assertOnlyContractVariables(pi);
	}

	@Test
	void anUnpaidFeeEndsTheRequest() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> fees.notify(officer, filed.id(), FeeMode.PER_VOLUME, 50));
		fixtures.serve(officer, filed.id(), LetterKind.FEE_NOTICE, LocalDate.of(2024, 9, 29));
		Job lapse = timer(pi, Elements.EVENT_FEE_LAPSED);
		clock.setDate(LocalDate.of(2024, 11, 30));
		management.executeJob(lapse.getId());
		fixtures.runDueJobs();
		assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_FEE_LAPSE);
		assertThat(status(filed)).isEqualTo(CaseStatus.AWAITING_PAYMENT);
		fixtures.as(officer, () -> {
			fees.confirmLapse(officer, filed.id());
			return null;
		});
		fixtures.runDueJobs();
		assertThat(pi).isEnded()
			.hasPassed(Elements.EVENT_FEE_LAPSED, Elements.TASK_CONFIRM_FEE_LAPSE, Elements.GATEWAY_FEE_LAPSE_DECISION,
					Elements.TASK_CLOSE_FEE_UNPAID, Elements.END_FEE_UNPAID);
		assertThat(cases.byId(filed.id()).orElseThrow().outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aCorrectionThatHadArrivedIsRecordedWithItsDateInsteadOfTheLapse() {
		DisclosureCase filed = submit(); // received Sunday 29 Sep 2024 (a working day)
		ProcessInstance pi = instanceOf(filed);
		fixtures.as(officer, () -> corrections.request(officer, filed.id(), List.of("请说明所需信息的名称"), 5));
		// signed for on 30 September: 5 working days end on Saturday 12 October (1–7
		// October are the National Day holiday; 8–11 and the 12th are worked)
		clock.setDate(LocalDate.of(2024, 9, 30));
		fixtures.serve(officer, filed.id(), LetterKind.CORRECTION_NOTICE, LocalDate.of(2024, 9, 30));
		assertThat(corrections.of(filed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 10, 12));
		clock.setDate(LocalDate.of(2024, 10, 15));
		management.executeJob(timer(pi, Elements.EVENT_CORRECTION_LAPSED).getId());
		assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_CORRECTION_LAPSE);

		// the letter arrived on 14 October, after the last day: only with a reason
		assertThatThrownBy(() -> fixtures.as(officer, () -> {
			corrections.arrivedAfterLapse(officer, filed.id(), "文件名称为……", LocalDate.of(2024, 10, 14), " ");
			return null;
		})).hasMessageContaining("正当理由");
		fixtures.as(officer, () -> {
			corrections.arrivedAfterLapse(officer, filed.id(), "文件名称为……", LocalDate.of(2024, 10, 14),
					"申请人于10月10日交邮，邮路受台风影响延误");
			return null;
		});
		assertThat(pi).hasPassed(Elements.GATEWAY_CORRECTION_LAPSE_DECISION).isWaitingAt(Elements.TASK_SCREEN);
		assertThat(status(filed)).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(corrections.of(filed.id()).orElseThrow().answeredOn()).isEqualTo(LocalDate.of(2024, 10, 14));
		// the reply period restarts on 14 October: 20 working days end on 11 November
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 11));
		assertOnlyContractVariables(pi);
	}

	@Test
	void aJustReasonGivesTheFeeWindowANewLastDayAndANewTimer() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> fees.notify(officer, filed.id(), FeeMode.PER_VOLUME, 50));
		fixtures.serve(officer, filed.id(), LetterKind.FEE_NOTICE, LocalDate.of(2024, 9, 29));
		clock.setDate(LocalDate.of(2024, 11, 4));
		management.executeJob(timer(pi, Elements.EVENT_FEE_LAPSED).getId());
		assertThat(pi).isWaitingAt(Elements.TASK_CONFIRM_FEE_LAPSE);
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> fees.excuseLapse(officer, filed.id(), "申请人住院", LocalDate.of(2024, 11, 4))))
			.hasMessageContaining("晚于今天");
		assertThatThrownBy(() -> fixtures.as(officer,
				() -> fees.excuseLapse(officer, filed.id(), "申请人住院", LocalDate.of(2024, 11, 9))))
			.hasMessageContaining("工作日"); // a Saturday
		fixtures.as(officer, () -> fees.excuseLapse(officer, filed.id(), "申请人住院，其近亲属来电说明", LocalDate.of(2024, 11, 11)));
		assertThat(pi).hasPassed(Elements.GATEWAY_FEE_LAPSE_DECISION).isWaitingAt(Elements.GATEWAY_AWAIT_PAYMENT);
		assertThat(fees.of(filed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 11, 11));
		assertThat(ZonedDateTime.ofInstant(timer(pi, Elements.EVENT_FEE_LAPSED).getDuedate().toInstant(),
				ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 11, 12, 0, 0, 0, 0, ReplyDeadlines.ZONE));
		assertThat(ledger.of(filed.id())).filteredOn(e -> e.action() == LedgerAction.LAPSE_EXCUSED)
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).containsEntry("dueAfter", "2024-11-11"));

		fixtures.as(officer, () -> {
			fees.paid(officer, filed.id(), LocalDate.of(2024, 11, 4));
			return null;
		});
		assertThat(pi).hasPassed(Elements.EVENT_FEE_PAID).isWaitingAt(Elements.TASK_DECIDE);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aConsultationStopsTheClockUntilTheAnswer() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		clock.setDate(LocalDate.of(2024, 10, 8)); // working day 2
		CaseConsultations.Consultation sent = fixtures.as(officer, () -> consultations.send(officer, filed.id(),
				CaseConsultations.Party.THIRD_PARTY, "某建设公司", "该批复附件含该公司的投标报价"));
		assertThat(sent.dueOn()).isNull();
		fixtures.serve(officer, filed.id(), LetterKind.CONSULTATION_LETTER, LocalDate.of(2024, 10, 8));
		// 15 working days after the third party received the letter on 8 Oct, counting
		// the 调休 Saturday 12 Oct (official calendar)
		assertThat(consultations.of(filed.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT_CONSULTATION);
		clock.setDate(LocalDate.of(2024, 10, 18));
		assertThatThrownBy(() -> fixtures.as(officer, () -> {
			consultations.answered(officer, filed.id(), false, " ");
			return null;
		})).hasMessageContaining("理由");
		fixtures.as(officer, () -> {
			consultations.answered(officer, filed.id(), false, "属于商业秘密");
			return null;
		});
		assertThat(pi).hasPassed(Elements.EVENT_CONSULTATION_ANSWERED).isWaitingAt(Elements.TASK_DECIDE);
		// 18 working days after 18 Oct (official calendar)
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 13));
		assertOnlyContractVariables(pi);
	}

	@Test
	void silenceOfAnotherAgencyCountsAsConsentAndTheClockRunsAgain() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> consultations.send(officer, filed.id(), CaseConsultations.Party.OTHER_AGENCY,
				"示范县财政局", "联合印发的文件"));
		fixtures.serve(officer, filed.id(), LetterKind.CONSULTATION_LETTER, LocalDate.of(2024, 9, 29));
		Job lapse = timer(pi, Elements.EVENT_CONSULTATION_LAPSED);
		management.executeJob(lapse.getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.EVENT_CONSULTATION_LAPSED, Elements.TASK_RECORD_CONSULTATION_SILENCE)
			.isWaitingAt(Elements.TASK_DECIDE);
		assertThat(consultations.of(filed.id()).orElseThrow().consented()).isTrue();
		assertThat(status(filed)).isEqualTo(CaseStatus.IN_PROGRESS);
		assertOnlyContractVariables(pi);
	}

	@Test
	void theOfficerIsRemindedBeforeTheSevenDaysForACorrectionNoticeRunOut() {
		DisclosureCase filed = submit(); // received 29 Sep 2024
		ProcessInstance pi = instanceOf(filed);
		Job reminder = timer(pi, Elements.TIMER_CORRECTION_NOTICE_DUE_SOON);
		// the 7th working day is 14 Oct (Saturday 12 Oct was worked): remind on the 6th,
		// 12 Oct, at 09:00
		assertThat(ZonedDateTime.ofInstant(reminder.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 10, 12, 9, 0, 0, 0, ReplyDeadlines.ZONE));
		management.executeJob(reminder.getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.TASK_REMIND_SCREENING, Elements.END_SCREENING_REMINDED)
			.isWaitingAt(Elements.TASK_SCREEN);
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.SCREENING_REMINDED);
		assertOnlyContractVariables(pi);
	}

	@Test
	void anOverdueAnswerIsEscalatedAndTheCaseStaysWithTheOfficer() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		Job overdue = timer(pi, Elements.TIMER_ANSWER_OVERDUE);
		assertThat(ZonedDateTime.ofInstant(overdue.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 11, 1, 0, 0, 0, 0, ReplyDeadlines.ZONE)
				.plus(ReplyDeadlines.spreadOf(filed.id().toString())));
		management.executeJob(overdue.getId());
		fixtures.runDueJobs();
		assertThat(pi)
			.hasPassed(Elements.TIMER_ANSWER_OVERDUE, Elements.TASK_ESCALATE_OVERDUE, Elements.END_OVERDUE_ESCALATED)
			.isWaitingAt(Elements.TASK_DECIDE);
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.ESCALATED);
		assertOnlyContractVariables(pi);
	}

	@Test
	void anExplanationUnderArticle35StopsTheClockUntilItArrives() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		clock.setDate(LocalDate.of(2024, 10, 8)); // working day 2
		fixtures.as(officer, () -> explanations.request(officer, filed.id(), "本月已提出40件申请，请说明用途", 10));
		assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT_EXPLANATION);
		assertThat(status(filed)).isEqualTo(CaseStatus.AWAITING_EXPLANATION);
		assertThat(deadlines.dueDate(filed.id().value()).suspended()).isTrue();
		clock.setDate(LocalDate.of(2024, 10, 14));
		fixtures.as(applicant, () -> {
			explanations.answer(applicant, filed.id(), "用于学术研究");
			return null;
		});
		assertThat(pi).hasPassed(Elements.EVENT_EXPLANATION_RECEIVED).isWaitingAt(Elements.TASK_DECIDE);
		// 18 working days after 14 Oct (official calendar)
		assertThat(deadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 11, 7));
		answerThroughReviewAndSignOff(filed, Outcome.NOT_PROCESSED_EXCESSIVE, pi);
		assertOnlyContractVariables(pi);
	}

	@Test
	void noExplanationInTimeAndTheClockRunsAgain() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> explanations.request(officer, filed.id(), "请说明理由", null));
		fixtures.serve(officer, filed.id(), LetterKind.EXPLANATION_REQUEST, LocalDate.of(2024, 9, 29));
		management.executeJob(timer(pi, Elements.EVENT_EXPLANATION_LAPSED).getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.EVENT_EXPLANATION_LAPSED, Elements.TASK_RECORD_NO_EXPLANATION)
			.isWaitingAt(Elements.TASK_DECIDE);
		assertThat(explanations.of(filed.id()).orElseThrow().lapsed()).isTrue();
		assertThat(status(filed)).isEqualTo(CaseStatus.IN_PROGRESS);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aCaseOverdueWhileStillAtScreeningIsEscalatedToo() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		management.executeJob(timer(pi, Elements.TIMER_ANSWER_OVERDUE).getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.TASK_ESCALATE_OVERDUE).isWaitingAt(Elements.TASK_SCREEN);
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.ESCALATED);
	}

	@Test
	void whileTheClockIsStoppedTheDeadlineTimersWaitAndFollowItWhenItRunsAgain() {
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		clock.setDate(LocalDate.of(2024, 10, 10));
		fixtures.as(officer, () -> fees.notify(officer, filed.id(), FeeMode.PER_VOLUME, 50));
		assertThat(timer(pi, Elements.TIMER_ANSWER_OVERDUE).getDuedate())
			.isAfter(Date.from(Instant.parse("2030-01-01T00:00:00Z")));
		clock.setDate(LocalDate.of(2024, 10, 21));
		fixtures.as(officer, () -> {
			fees.paid(officer, filed.id());
			return null;
		});
		LocalDate due = deadlines.dueDate(filed.id().value()).date();
		assertThat(ZonedDateTime
			.ofInstant(timer(pi, Elements.TIMER_ANSWER_OVERDUE).getDuedate().toInstant(), ReplyDeadlines.ZONE)
			.toLocalDate()).isEqualTo(due.plusDays(1));
	}

	@Test
	void routedToALeadAndAnAssistingDepartmentAllUnderTheOneClock() {
		Agency lead = fixtures.department(agency);
		Agency assisting = fixtures.department(agency);
		GongkaiUser leadOfficer = fixtures.officer(lead, Role.CASE_OFFICER);
		GongkaiUser assistingOfficer = fixtures.officer(assisting, Role.CASE_OFFICER);
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		LocalDate due = deadlines.dueDate(filed.id().value()).date();
		clock.setDate(LocalDate.of(2024, 10, 8));
		fixtures.as(officer, () -> routings.route(officer, filed.id(), lead.code(), List.of(assisting.code()),
				LocalDate.of(2024, 10, 15), "请提供立项批复文件并说明可否公开"));

		assertThat(pi).isWaitingAt(Elements.TASK_DEPARTMENT_WORK);
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list())
			.extracting(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
			.containsExactlyInAnyOrder(DisclosureRequestProcess.departmentGroup(lead.code()),
					DisclosureRequestProcess.departmentGroup(assisting.code()));
		assertThat(status(filed)).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(deadlines.dueDate(filed.id().value()).date()).as("routing never stops the clock").isEqualTo(due);
		assertThat(workflow.currentPosition(filed.reference())).containsOnly("部门提供信息和意见");

		fixtures.as(leadOfficer, () -> {
			routings.contribute(leadOfficer, filed.id(), "有该批复，可以公开");
			return null;
		});
		assertThat(pi).isWaitingAt(Elements.TASK_DEPARTMENT_WORK);
		assertThatThrownBy(() -> fixtures.as(leadOfficer, () -> {
			routings.contribute(leadOfficer, filed.id(), "再答一次");
			return null;
		})).hasMessageContaining("没有待反馈");
		fixtures.as(assistingOfficer, () -> {
			routings.contribute(assistingOfficer, filed.id(), "本科室无补充意见");
			return null;
		});
		assertThat(pi).hasPassed(Elements.SUBPROCESS_DEPARTMENT_WORK, Elements.END_DEPARTMENT_DONE)
			.isWaitingAt(Elements.TASK_DECIDE);
		assertThat(routings.of(filed.id())).extracting(CaseRoutings.Routing::answer)
			.containsExactly("有该批复，可以公开", "本科室无补充意见");
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action)
			.containsSubsequence(LedgerAction.ROUTED, LedgerAction.DEPARTMENT_ANSWERED,
					LedgerAction.DEPARTMENT_ANSWERED);

		answerThroughReviewAndSignOff(filed, Outcome.DISCLOSED, pi);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aDepartmentPastItsInternalDateIsChasedAndItsTaskStaysOpen() {
		Agency department = fixtures.department(agency);
		GongkaiUser departmentOfficer = fixtures.officer(department, Role.CASE_OFFICER);
		DisclosureCase filed = submit();
		ProcessInstance pi = instanceOf(filed);
		accept(filed);
		fixtures.as(officer, () -> routings.route(officer, filed.id(), department.code(), List.of(),
				LocalDate.of(2024, 10, 10), "请提供批复"));
		Job overdue = timer(pi, Elements.TIMER_DEPARTMENT_OVERDUE);
		assertThat(ZonedDateTime.ofInstant(overdue.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 10, 11, 0, 0, 0, 0, ReplyDeadlines.ZONE));
		management.executeJob(overdue.getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.TASK_REMIND_DEPARTMENT, Elements.END_DEPARTMENT_REMINDED)
			.isWaitingAt(Elements.TASK_DEPARTMENT_WORK);
		assertThat(routings.of(filed.id())).singleElement().satisfies(r -> {
			assertThat(r.overdueNoted()).isTrue();
			assertThat(r.lead()).isTrue();
		});
		assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.DEPARTMENT_OVERDUE);

		fixtures.as(departmentOfficer, () -> {
			routings.contribute(departmentOfficer, filed.id(), "批复见附件");
			return null;
		});
		assertThat(pi).isWaitingAt(Elements.TASK_DECIDE);
		assertOnlyContractVariables(pi);
	}

	private Job timer(ProcessInstance pi, String activityId) {
		return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
	}

	private void accept(DisclosureCase c) {
		fixtures.accept(officer, c.id());
	}

	/**
	 * The usual end of a path: drafted, reviewed, signed off, the reply issued, the
	 * process ended as answered.
	 */
	private void answerThroughReviewAndSignOff(DisclosureCase c, Outcome outcome, ProcessInstance pi) {
		draft(c, outcome);
		review(c, true, null);
		signOff(c, true, null);
		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.END_ANSWERED);
	}

	private void draft(DisclosureCase c, Outcome outcome) {
		fixtures.as(officer, () -> decisions.draft(officer, c.id(), outcome, "答复：" + outcome.plainLabel(), null, null,
				Fixtures.withheldFor(outcome)));
	}

	private void review(DisclosureCase c, boolean approved, String note) {
		fixtures.as(reviewer, () -> decisions.review(reviewer, c.id(), approved, note));
	}

	private void signOff(DisclosureCase c, boolean approved, String note) {
		fixtures.as(head, () -> decisions.signOff(head, c.id(), approved, note));
	}

	private CaseStatus status(DisclosureCase c) {
		return cases.byId(c.id()).orElseThrow().status();
	}

	/**
	 * The process instance held only the contract's variables; inside the department
	 * work, only the department's code and the engine's own multi-instance counters,
	 * which end with it.
	 */
	private void assertOnlyContractVariables(ProcessInstance pi) {
		List<HistoricVariableInstance> all = history.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.list();
		assertThat(all).filteredOn(v -> pi.getId().equals(v.getActivityInstanceId()))
			.extracting(HistoricVariableInstance::getName)
			.isNotEmpty()
			.allMatch(Vars.ALL::contains);
		assertThat(all).filteredOn(v -> !pi.getId().equals(v.getActivityInstanceId()))
			.extracting(HistoricVariableInstance::getName)
			.as("local variables of the department work, none unless the case was routed")
			.isSubsetOf(Vars.DEPARTMENT, "loopCounter", "nrOfInstances", "nrOfActiveInstances",
					"nrOfCompletedInstances");
		if (runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).active().count() > 0) {
			assertThat(runtime.getVariables(pi.getId()).keySet()).isNotEmpty().allMatch(Vars.ALL::contains);
		}
	}

	private DisclosureCase submit() {
		return fixtures.submit(applicant, agency, "2024年本县道路改造工程的立项批复文件");
	}

	private ProcessInstance instanceOf(DisclosureCase c) {
		ProcessInstance pi = runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(c.reference())
			.singleResult();
		INSTANCES.add(pi.getId());
		return pi;
	}

}
