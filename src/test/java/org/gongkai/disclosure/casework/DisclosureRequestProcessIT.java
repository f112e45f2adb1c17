package org.gongkai.disclosure.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.TestClock;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.DisclosureRequestProcess.Vars;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path of {@code bpmn/disclosure-request.bpmn}, on the real engine, the real delegates and real
 * PostgreSQL. Each ends by asserting the process holds only the contract's variables.
 */
@GongkaiIntegrationTest
class DisclosureRequestProcessIT {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired RequestIntake intake;
    @Autowired CaseDecisions decisions;
    @Autowired Cases cases;
    @Autowired CaseLedger ledger;

    private GongkaiUser applicant;
    private GongkaiUser officer;
    private Agency agency;

    @BeforeEach
    void setUp() {
        init(engine);
        agency = fixtures.agency();
        officer = fixtures.officer(agency, Role.CASE_OFFICER);
        applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
        clock.setDate(LocalDate.of(2024, 9, 29));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void requestAnswered() {
        DisclosureCase filed = submit();
        ProcessInstance pi = instanceOf(filed);
        assertThat(pi).isWaitingAt(Elements.TASK_DECIDE).task().hasCandidateGroup(Role.CASE_OFFICER.group());
        assertThat(pi).variables().containsOnlyKeys(Vars.ALL.toArray(String[]::new));

        fixtures.as(officer, () -> decisions.decide(officer, filed.id(), Outcome.DISCLOSED, "现予公开，见附件。"));
        assertThat(pi).isWaitingAt(Elements.TASK_ISSUE_REPLY); // asyncBefore: the reply goes out in its own job
        assertThat(cases.byId(filed.id()).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(pi).variables().containsOnlyKeys(Vars.ALL.toArray(String[]::new));

        fixtures.runDueJobs();
        assertThat(pi).hasPassed(Elements.TASK_DECIDE, Elements.TASK_ISSUE_REPLY).isEnded()
                .hasPassed(Elements.END_ANSWERED).hasNotPassed(Elements.TASK_REMIND_OFFICER);
        DisclosureCase answered = cases.byId(filed.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(answered.closedOn()).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).containsExactly(
                LedgerAction.SUBMITTED, LedgerAction.RECEIVED, LedgerAction.DECIDED, LedgerAction.REPLY_ISSUED);
    }

    @Test
    void officerRemindedBeforeTheDeadlineAndTheCaseStaysOpen() {
        DisclosureCase filed = submit();
        ProcessInstance pi = instanceOf(filed);
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        // 20 working days from 29 Sep 2024 end on 31 Oct; the reminder is 3 working days before, at 09:00 Beijing
        assertThat(ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), ReplyDeadlines.ZONE))
                .isEqualTo(ZonedDateTime.of(2024, 10, 28, 9, 0, 0, 0, ReplyDeadlines.ZONE));

        management.executeJob(timer.getId());
        fixtures.runDueJobs();
        assertThat(pi).hasPassed(Elements.TIMER_ANSWER_DUE_SOON, Elements.TASK_REMIND_OFFICER,
                Elements.END_OFFICER_REMINDED).isWaitingAt(Elements.TASK_DECIDE).isNotEnded();
        assertThat(ledger.of(filed.id())).extracting(LedgerEntry::action).contains(LedgerAction.REMINDED);
        assertThat(ledger.of(filed.id())).filteredOn(e -> e.action() == LedgerAction.REMINDED).first()
                .extracting(e -> e.detail().get("dueOn")).isEqualTo("2024-10-31");
        assertThat(pi).variables().containsOnlyKeys(Vars.ALL.toArray(String[]::new));
    }

    private DisclosureCase submit() {
        return fixtures.as(applicant, () -> intake.submitOnline(applicant, new NewRequest(agency.code(),
                "2024年本县道路改造工程的立项批复文件", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
    }

    private ProcessInstance instanceOf(DisclosureCase c) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DisclosureRequestProcess.KEY)
                .processInstanceBusinessKey(c.reference()).singleResult();
    }
}
