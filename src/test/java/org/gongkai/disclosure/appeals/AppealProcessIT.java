package org.gongkai.disclosure.appeals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.appeals.handling.AppealHandling;
import org.gongkai.disclosure.appeals.history.AppealHistory;
import org.gongkai.disclosure.appeals.process.AppealProcess;
import org.gongkai.disclosure.appeals.process.AppealProcess.Elements;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.decision.CaseExtensions;
import org.gongkai.disclosure.casework.decision.CaseReanswers;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * One test per path of {@code bpmn/appeal.bpmn} — every gateway branch, boundary event,
 * event subprocess and end event — on the real engine, delegates and PostgreSQL. Each
 * asserts that the process held only the contract's variables; the class asserts that
 * every flow node was passed (report: {@code target/process-coverage/appeal.txt}).
 */
@GongkaiIntegrationTest
class AppealProcessIT {

	private static final Set<String> INSTANCES = new ConcurrentSkipListSet<>();

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
	CaseExtensions extensions;

	@Autowired
	Cases cases;

	@Autowired
	CaseReanswers reanswers;

	@Autowired
	ReplyDeadlines replyDeadlines;

	@Autowired
	AppealHandling handling;

	@Autowired
	Appeals appeals;

	@Autowired
	AppealHistory appealHistory;

	@Autowired
	JdbcClient jdbc;

	private Agency agency;

	private GongkaiUser officer;

	private GongkaiUser applicant;

	@BeforeEach
	void setUp() {
		init(engine);
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
	}

	@AfterAll
	static void everyFlowNodeWasPassed(@Autowired HistoryService history) throws IOException {
		Set<String> nodes = new TreeSet<>();
		Bpmn.readModelFromFile(Path.of(AppealProcess.RESOURCE).toFile())
			.getModelElementsByType(FlowNode.class)
			.forEach(n -> nodes.add(n.getId()));
		Set<String> passed = new TreeSet<>();
		for (String instance : INSTANCES) {
			history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance)
				.list()
				.forEach(a -> passed.add(a.getActivityId()));
		}
		Set<String> missed = new TreeSet<>(nodes);
		missed.removeAll(passed);
		Path report = Path.of("target", "process-coverage", "appeal.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, "flow nodes: %d, passed: %d (%.0f%%)%nnot passed: %s%n".formatted(nodes.size(),
				nodes.size() - missed.size(), 100.0 * (nodes.size() - missed.size()) / nodes.size(), missed));
		assertThat(missed).as("flow nodes no path test passes").isEmpty();
	}

	@Test
	void reviewAnsweredInTimeThenUpheldEndsOnTheMerits() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal appeal = register(review(answered, Procedure.ORDINARY));
		// 行政复议法 art 48: 10 working days from the copy (Mon 14 Oct 2024) end on Mon 28 Oct
		assertThat(appeal.answerDueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		assertThat(appeal.reference()).isEqualTo(answered.reference() + "-FY1");
		ProcessInstance pi = instanceOf(appeal);
		assertThat(pi).isWaitingAt(Elements.TASK_SUBMIT_ANSWER).task().hasCandidateGroup(Role.CASE_OFFICER.group());

		as(() -> handling.answer(officer, appeal.id(), LocalDate.of(2024, 10, 14)));
		assertThat(pi).isWaitingAt(Elements.EVENT_AWAIT_DECISION);
		assertThat(appeals.byId(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.AWAITING_DECISION);

		clock.setDate(LocalDate.of(2024, 12, 3));
		as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_UPHELD, LocalDate.of(2024, 12, 2),
				LocalDate.of(2024, 12, 3)));
		assertThat(pi).isEnded()
			.hasPassed(Elements.GATEWAY_DECISION_EFFECT, Elements.END_DECIDED_ON_MERITS)
			.hasNotPassed(Elements.TASK_ORDER_REANSWER);
		Appeal decided = appeals.byId(appeal.id()).orElseThrow();
		assertThat(decided.status()).isEqualTo(AppealStatus.DECIDED);
		assertThat(decided.decisionType()).isEqualTo(DecisionType.REVIEW_UPHELD);
		assertThat(cases.byId(answered.id()).orElseThrow().status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(appealHistory.of(appeal.id())).extracting(AppealHistory.Entry::action)
			.containsExactly("REGISTERED", "ANSWERED", "DECIDED");
		assertOnlyContractVariables(pi);
	}

	@Test
	void aRevocationReopensTheRequestWithAFreshTwentyDayClockAndItIsAnsweredAgain() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal appeal = register(review(answered, Procedure.ORDINARY));
		ProcessInstance pi = instanceOf(appeal);
		as(() -> handling.answer(officer, appeal.id(), LocalDate.of(2024, 10, 14)));

		clock.setDate(LocalDate.of(2024, 11, 4));
		as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_REVOKED, LocalDate.of(2024, 11, 1),
				LocalDate.of(2024, 11, 4)));
		assertThat(pi).isWaitingAt(Elements.TASK_ORDER_REANSWER); // asyncBefore: its own
																	// transaction
		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.TASK_ORDER_REANSWER, Elements.END_REANSWER_ORDERED);
		assertOnlyContractVariables(pi);

		DisclosureCase reopened = cases.byId(answered.id()).orElseThrow();
		assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(reopened.receivedOn()).isEqualTo(answered.receivedOn()); // still one
																			// case,
																			// received
																			// once
		assertThat(reopened.outcome()).isNull();
		assertThat(reopened.closedOn()).isNull();
		// day 0 = the day the office received the decision (Mon 4 Nov 2024): 20 working
		// days end on Mon 2 Dec
		assertThat(replyDeadlines.dueDate(answered.id().value()).date()).isEqualTo(LocalDate.of(2024, 12, 2));
		assertThat(reanswers.of(answered.id())).singleElement().satisfies(r -> {
			assertThat(r.appealReference()).isEqualTo(appeal.reference());
			assertThat(r.previousOutcome()).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD);
			assertThat(r.previousClosedOn()).isEqualTo(LocalDate.of(2024, 9, 3));
			assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		});
		ProcessInstance again = runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(answered.reference())
			.singleResult();
		assertThat(again).isWaitingAt(DisclosureRequestProcess.Elements.TASK_DECIDE);
		Job reminder = management.createJobQuery()
			.processInstanceId(again.getId())
			.timers()
			.activityId(DisclosureRequestProcess.Elements.TIMER_ANSWER_DUE_SOON)
			.singleResult();
		assertThat(ZonedDateTime.ofInstant(reminder.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 11, 27, 9, 0, 0, 0, ReplyDeadlines.ZONE)
				.plus(ReplyDeadlines.spreadOf(answered.id().toString())));

		clock.setDate(LocalDate.of(2024, 11, 20));
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		as(() -> decisions.draft(officer, answered.id(), Outcome.DISCLOSED, "重新答复：予以公开"));
		fixtures.as(reviewer, () -> decisions.review(reviewer, answered.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, answered.id(), true, null));
		fixtures.runDueJobs();
		DisclosureCase reanswered = cases.byId(answered.id()).orElseThrow();
		assertThat(reanswered.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(reanswered.outcome()).isEqualTo(Outcome.DISCLOSED);
		assertThat(reanswered.closedOn()).isEqualTo(LocalDate.of(2024, 11, 20));
		assertThat(reanswered.receivedOn()).isEqualTo(answered.receivedOn());
	}

	@Test
	void notAcceptedBeforeAnyAnswerEndsWithoutADecisionOnTheMerits() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal appeal = register(review(answered, Procedure.ORDINARY));
		ProcessInstance pi = instanceOf(appeal);
		clock.setDate(LocalDate.of(2024, 10, 16));
		as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_NOT_ACCEPTED, LocalDate.of(2024, 10, 15),
				LocalDate.of(2024, 10, 16)));
		assertThat(pi).isEnded()
			.hasPassed(Elements.EVENT_DECIDED_BEFORE_ANSWER, Elements.GATEWAY_JOIN_DECISION,
					Elements.END_ENDED_WITHOUT_MERITS)
			.hasNotPassed(Elements.EVENT_AWAIT_DECISION);
		assertThat(appeals.byId(appeal.id()).orElseThrow().answeredOn()).isNull();
		assertOnlyContractVariables(pi);
	}

	@Test
	void withdrawnWhileTheDecisionIsAwaitedEndsAsTerminated() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal appeal = register(review(answered, Procedure.SIMPLIFIED));
		ProcessInstance pi = instanceOf(appeal);
		as(() -> handling.answer(officer, appeal.id(), LocalDate.of(2024, 10, 14)));
		clock.setDate(LocalDate.of(2024, 10, 25));
		as(() -> handling.withdraw(officer, appeal.id(), LocalDate.of(2024, 10, 25)));
		assertThat(pi).isEnded()
			.hasPassed(Elements.START_WITHDRAWN, Elements.END_WITHDRAWN)
			.hasNotPassed(Elements.GATEWAY_DECISION_EFFECT);
		Appeal withdrawn = appeals.byId(appeal.id()).orElseThrow();
		assertThat(withdrawn.status()).isEqualTo(AppealStatus.WITHDRAWN);
		assertThat(withdrawn.decisionType()).isEqualTo(DecisionType.REVIEW_TERMINATED);
		assertThatThrownBy(() -> as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_UPHELD,
				LocalDate.of(2024, 10, 25), LocalDate.of(2024, 10, 25))))
			.isInstanceOf(IllegalStateException.class);
		assertOnlyContractVariables(pi);
	}

	@Test
	void theOfficerIsRemindedThenTheOverdueAnswerIsEscalatedAndTheAppealWaitsForIt() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal appeal = register(review(answered, Procedure.SIMPLIFIED));
		// 行政复议法 art 54: 5 working days from Mon 14 Oct end on Mon 21 Oct
		assertThat(appeal.answerDueOn()).isEqualTo(LocalDate.of(2024, 10, 21));
		ProcessInstance pi = instanceOf(appeal);
		Job reminder = timer(pi, Elements.TIMER_ANSWER_DUE_SOON);
		assertThat(ZonedDateTime.ofInstant(reminder.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 10, 17, 9, 0, 0, 0, ReplyDeadlines.ZONE));
		Job overdue = timer(pi, Elements.TIMER_ANSWER_OVERDUE);
		assertThat(ZonedDateTime.ofInstant(overdue.getDuedate().toInstant(), ReplyDeadlines.ZONE))
			.isEqualTo(ZonedDateTime.of(2024, 10, 22, 0, 0, 0, 0, ReplyDeadlines.ZONE));
		management.executeJob(reminder.getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.TASK_REMIND_ANSWER, Elements.END_ANSWER_REMINDED)
			.isWaitingAt(Elements.TASK_SUBMIT_ANSWER);
		management.executeJob(overdue.getId());
		fixtures.runDueJobs();
		assertThat(pi).hasPassed(Elements.TASK_ESCALATE_ANSWER, Elements.END_ANSWER_ESCALATED)
			.isWaitingAt(Elements.TASK_SUBMIT_ANSWER);
		assertThat(appealHistory.of(appeal.id())).extracting(AppealHistory.Entry::action)
			.containsExactly("REGISTERED", "REMINDED", "ESCALATED");

		clock.setDate(LocalDate.of(2024, 10, 23));
		as(() -> handling.answer(officer, appeal.id(), LocalDate.of(2024, 10, 23)));
		assertThat(appealHistory.of(appeal.id()).get(3).detail()).containsEntry("late", "true");
		clock.setDate(LocalDate.of(2024, 11, 12));
		as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_DECLARED_UNLAWFUL,
				LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 12)));
		assertThat(pi).isEnded().hasPassed(Elements.END_DECIDED_ON_MERITS);
		assertOnlyContractVariables(pi);
	}

	@Test
	void aDirectSuitDismissedByRulingThenAppealedAndTheAppealDismissed() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 9, 16));
		Appeal first = register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT,
				Instance.FIRST, null, "某县人民法院", null, false, LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 16),
				Procedure.SIMPLIFIED));
		// 行政诉讼法 art 67: 15 days from 16 Sep end on 1 Oct, a holiday: the next working day
		// is 8 Oct
		assertThat(first.answerDueOn()).isEqualTo(LocalDate.of(2024, 10, 8));
		ProcessInstance pi = instanceOf(first);
		as(() -> handling.answer(officer, first.id(), LocalDate.of(2024, 9, 16)));
		clock.setDate(LocalDate.of(2024, 10, 21));
		as(() -> handling.decide(officer, first.id(), DecisionType.RULING_SUIT_DISMISSED, LocalDate.of(2024, 10, 18),
				LocalDate.of(2024, 10, 21)));
		assertThat(pi).isEnded().hasPassed(Elements.EVENT_AWAIT_DECISION, Elements.END_ENDED_WITHOUT_MERITS);
		assertOnlyContractVariables(pi);

		clock.setDate(LocalDate.of(2024, 11, 5));
		Appeal second = register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT,
				Instance.SECOND, first.id().value(), "某市中级人民法院", null, false, LocalDate.of(2024, 10, 30),
				LocalDate.of(2024, 11, 5), Procedure.ORDINARY));
		assertThat(second.answerDueOn()).isEqualTo(LocalDate.of(2024, 11, 20));
		ProcessInstance pi2 = instanceOf(second);
		as(() -> handling.answer(officer, second.id(), LocalDate.of(2024, 11, 5)));
		clock.setDate(LocalDate.of(2024, 12, 20));
		assertThatThrownBy(() -> as(() -> handling.decide(officer, second.id(), DecisionType.REVIEW_UPHELD,
				LocalDate.of(2024, 12, 19), LocalDate.of(2024, 12, 20))))
			.isInstanceOf(IllegalArgumentException.class);
		as(() -> handling.decide(officer, second.id(), DecisionType.APPEAL_DISMISSED, LocalDate.of(2024, 12, 19),
				LocalDate.of(2024, 12, 20)));
		assertThat(pi2).isEnded().hasPassed(Elements.END_DECIDED_ON_MERITS);
		assertOnlyContractVariables(pi2);
	}

	@Test
	void aSecondInstanceSendingTheCaseBackEndsItsProcessAndTheRetrialStartsItsOwn() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 9, 16));
		Appeal first = register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT,
				Instance.FIRST, null, "某县人民法院", null, false, LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 16),
				Procedure.SIMPLIFIED));
		clock.setDate(LocalDate.of(2024, 10, 21));
		as(() -> handling.decide(officer, first.id(), DecisionType.JUDGMENT_CLAIM_REJECTED, LocalDate.of(2024, 10, 18),
				LocalDate.of(2024, 10, 21)));
		clock.setDate(LocalDate.of(2024, 11, 5));
		Appeal second = register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT,
				Instance.SECOND, first.id().value(), "某市中级人民法院", null, false, LocalDate.of(2024, 10, 30),
				LocalDate.of(2024, 11, 5), Procedure.ORDINARY));
		ProcessInstance pi = instanceOf(second);
		as(() -> handling.answer(officer, second.id(), LocalDate.of(2024, 11, 5)));
		clock.setDate(LocalDate.of(2024, 12, 20));
		as(() -> handling.decide(officer, second.id(), DecisionType.APPEAL_REMANDED, LocalDate.of(2024, 12, 19),
				LocalDate.of(2024, 12, 20)));
		// 行政诉讼法 art 89 ¶1 (三)(四): this instance ends, nothing for the request
		assertThat(pi).isEnded()
			.hasPassed(Elements.GATEWAY_DECISION_EFFECT, Elements.END_REMANDED)
			.hasNotPassed(Elements.TASK_ORDER_REANSWER);
		assertThat(cases.byId(answered.id()).orElseThrow().status()).isEqualTo(CaseStatus.ANSWERED);
		assertOnlyContractVariables(pi);

		clock.setDate(LocalDate.of(2025, 1, 6));
		Appeal retrial = register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, LitigationRoute.DIRECT,
				Instance.FIRST, second.id().value(), "某县人民法院", null, false, LocalDate.of(2025, 1, 3),
				LocalDate.of(2025, 1, 6), Procedure.ORDINARY));
		assertThat(instanceOf(retrial)).isWaitingAt(Elements.TASK_SUBMIT_ANSWER);
		// 行政诉讼法 art 67: the defence is due 15 days from the copy, as for any first
		// instance
		assertThat(retrial.answerDueOn()).isEqualTo(LocalDate.of(2025, 1, 21));
	}

	@Test
	void aJudgmentOrderingPerformanceOnASuitAfterReviewReopensTheRequest() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal review = register(review(answered, Procedure.ORDINARY));
		as(() -> handling.answer(officer, review.id(), LocalDate.of(2024, 10, 14)));
		clock.setDate(LocalDate.of(2024, 11, 4));
		as(() -> handling.decide(officer, review.id(), DecisionType.REVIEW_UPHELD, LocalDate.of(2024, 11, 1),
				LocalDate.of(2024, 11, 4)));
		clock.setDate(LocalDate.of(2024, 11, 20));
		Appeal suit = register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, LitigationRoute.AFTER_REVIEW,
				Instance.FIRST, review.id().value(), "某县人民法院", null, true, LocalDate.of(2024, 11, 15),
				LocalDate.of(2024, 11, 20), Procedure.SIMPLIFIED));
		assertThat(suit.reviewBodyCoDefendant()).isTrue();
		ProcessInstance pi = instanceOf(suit);
		as(() -> handling.answer(officer, suit.id(), LocalDate.of(2024, 11, 20)));
		clock.setDate(LocalDate.of(2024, 12, 16));
		as(() -> handling.decide(officer, suit.id(), DecisionType.JUDGMENT_PERFORMANCE, LocalDate.of(2024, 12, 13),
				LocalDate.of(2024, 12, 16)));
		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.TASK_ORDER_REANSWER, Elements.END_REANSWER_ORDERED);
		assertThat(cases.byId(answered.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(replyDeadlines.dueDate(answered.id().value()).date()).isEqualTo(LocalDate.of(2025, 1, 14));
		assertOnlyContractVariables(pi);
	}

	@Test
	void anExtensionOfTheFirstHandlingDoesNotCarryIntoTheFreshClock() {
		clock.setDate(LocalDate.of(2024, 9, 2));
		DisclosureCase filed = fixtures.submit(applicant, agency, "2024年本县道路改造工程的招标文件");
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.accept(officer, filed.id());
		as(() -> {
			extensions.request(officer, filed.id(), 10, "涉及多个部门");
			return null;
		});
		fixtures.as(head, () -> {
			extensions.decide(head, filed.id(), true, "同意");
			return null;
		});
		fixtures.runDueJobs();
		assertThat(replyDeadlines.dueDate(filed.id().value()).date()).isAfter(LocalDate.of(2024, 10, 14));
		clock.setDate(LocalDate.of(2024, 9, 10));
		as(() -> decisions.draft(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "不掌握", null, null, List.of(),
				Fixtures.notHeldFor(Outcome.UNAVAILABLE_NOT_HELD, LocalDate.of(2024, 9, 10))));
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, filed.id(), true, null));
		fixtures.runDueJobs();

		clock.setDate(LocalDate.of(2024, 10, 14));
		Appeal appeal = register(review(cases.byId(filed.id()).orElseThrow(), Procedure.ORDINARY));
		clock.setDate(LocalDate.of(2024, 11, 4));
		as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_PARTLY_REVOKED, LocalDate.of(2024, 11, 1),
				LocalDate.of(2024, 11, 4)));
		fixtures.runDueJobs();
		// 20 working days from 4 Nov, not 30: the extension belonged to the first
		// handling
		assertThat(replyDeadlines.dueDate(filed.id().value()).date()).isEqualTo(LocalDate.of(2024, 12, 2));
	}

	@Test
	void anAppealAgainstInactionOrderingPerformanceRestartsTheClockOfTheOpenRequest() {
		clock.setDate(LocalDate.of(2024, 9, 2));
		DisclosureCase open = fixtures.submit(applicant, agency, "2024年本县道路改造工程的验收报告");
		fixtures.accept(officer, open.id());
		clock.setDate(LocalDate.of(2024, 11, 4));
		Appeal appeal = register(new NewAppeal(open.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null,
				null, LocalDate.of(2024, 10, 31), LocalDate.of(2024, 11, 4), Procedure.SIMPLIFIED));
		ProcessInstance pi = instanceOf(appeal);
		as(() -> handling.answer(officer, appeal.id(), LocalDate.of(2024, 11, 4)));
		clock.setDate(LocalDate.of(2024, 11, 25));
		as(() -> handling.decide(officer, appeal.id(), DecisionType.REVIEW_PERFORMANCE_ORDERED,
				LocalDate.of(2024, 11, 22), LocalDate.of(2024, 11, 25)));
		fixtures.runDueJobs();
		assertThat(pi).isEnded().hasPassed(Elements.END_REANSWER_ORDERED);
		DisclosureCase still = cases.byId(open.id()).orElseThrow();
		assertThat(still.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		// the same handling goes on (one process instance), with 20 working days from 25
		// Nov 2024
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(DisclosureRequestProcess.KEY)
			.processInstanceBusinessKey(open.reference())
			.count()).isEqualTo(1);
		assertThat(replyDeadlines.dueDate(open.id().value()).date()).isEqualTo(LocalDate.of(2024, 12, 23));
		assertThat(reanswers.of(open.id())).singleElement().satisfies(r -> assertThat(r.previousOutcome()).isNull());
		assertOnlyContractVariables(pi);
	}

	@Test
	void badRegistrationsAreRefusedAndNothingIsKept() {
		DisclosureCase answered = answeredCase();
		clock.setDate(LocalDate.of(2024, 10, 14));
		long before = appealCount();
		assertThatThrownBy(() -> register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION, null, null, null,
				"某县人民法院", null, false, LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 14), Procedure.ORDINARY)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> register(new NewAppeal(answered.id().value(), AppealKind.REVIEW, null, null, null,
				"某县人民政府", null, false, LocalDate.of(2024, 10, 15), LocalDate.of(2024, 10, 14), Procedure.ORDINARY)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION,
				LitigationRoute.DIRECT, Instance.SECOND, null, "某市中级人民法院", null, false, LocalDate.of(2024, 10, 8),
				LocalDate.of(2024, 10, 14), Procedure.ORDINARY)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> register(new NewAppeal(answered.id().value(), AppealKind.LITIGATION,
				LitigationRoute.DIRECT, Instance.FIRST, null, "某县人民法院", null, true, LocalDate.of(2024, 10, 8),
				LocalDate.of(2024, 10, 14), Procedure.ORDINARY)))
			.isInstanceOf(IllegalArgumentException.class);
		GongkaiUser stranger = fixtures.officer(fixtures.agency(), Role.CASE_OFFICER);
		assertThatThrownBy(
				() -> fixtures.as(stranger, () -> handling.register(stranger, review(answered, Procedure.ORDINARY))))
			.isInstanceOf(RuntimeException.class);
		assertThat(appealCount()).isEqualTo(before);
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(AppealProcess.KEY)
			.processInstanceBusinessKeyLike(answered.reference() + "%")
			.count()).isZero();
	}

	// ---------------------------------------------------------------------------------------------------------

	private long appealCount() {
		return jdbc.sql("select count(*) from appeal").query(Long.class).single();
	}

	/** A request received on Mon 2 Sep 2024 and answered (不掌握) on Tue 3 Sep. */
	private DisclosureCase answeredCase() {
		clock.setDate(LocalDate.of(2024, 9, 2));
		DisclosureCase filed = fixtures.submit(applicant, agency, "2024年本县道路改造工程的立项批复文件");
		clock.setDate(LocalDate.of(2024, 9, 3));
		fixtures.answer(officer, filed.id(), Outcome.UNAVAILABLE_NOT_HELD, "经检索，本机关不掌握该信息");
		return cases.byId(filed.id()).orElseThrow();
	}

	private NewAppeal review(DisclosureCase c, Procedure procedure) {
		return new NewAppeal(c.id().value(), AppealKind.REVIEW, null, null, null, "某县人民政府", null, null,
				LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 14), procedure);
	}

	private Appeal register(NewAppeal in) {
		return as(() -> handling.register(officer, in));
	}

	private <T> T as(Supplier<T> action) {
		return fixtures.as(officer, action);
	}

	private ProcessInstance instanceOf(Appeal a) {
		ProcessInstance pi = runtime.createProcessInstanceQuery()
			.processDefinitionKey(AppealProcess.KEY)
			.processInstanceBusinessKey(a.reference())
			.singleResult();
		INSTANCES.add(pi.getId());
		return pi;
	}

	private Job timer(ProcessInstance pi, String activityId) {
		return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
	}

	private void assertOnlyContractVariables(ProcessInstance pi) {
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
			.extracting(HistoricVariableInstance::getName)
			.isNotEmpty()
			.allMatch(AppealProcess.Vars.ALL::contains);
	}

}
