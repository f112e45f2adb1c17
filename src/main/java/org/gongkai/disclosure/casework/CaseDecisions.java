package org.gongkai.disclosure.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deciding a request and what follows from it. The decision, the ledger line, the stopped clock and the completed
 * process task commit in one transaction (the engine shares Spring's transaction manager).
 */
@Service
public class CaseDecisions {

    static final int MAX_REPLY_LENGTH = 20_000;

    private final Cases cases;
    private final CaseAccess access;
    private final CaseLedger ledger;
    private final ClockPeriods clocks;
    private final ReplyDeadlines deadlines;
    private final DisclosureRequestWorkflow workflow;
    private final Clock clock;
    private final AuditTrail audit;

    CaseDecisions(Cases cases, CaseAccess access, CaseLedger ledger, ClockPeriods clocks, ReplyDeadlines deadlines,
                  DisclosureRequestWorkflow workflow, Clock clock, AuditTrail audit) {
        this.cases = cases;
        this.access = access;
        this.ledger = ledger;
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.workflow = workflow;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('CASE_OFFICER')")
    public DisclosureCase decide(GongkaiUser officer, CaseId id, Outcome outcome, String replyText) {
        DisclosureCase current = access.handledBy(officer, id);
        if (outcome == null) {
            throw new IllegalArgumentException("请选择办理结果");
        }
        String reply = Texts.require(replyText, "答复内容", MAX_REPLY_LENGTH);
        LocalDate today = LocalDate.now(clock.withZone(ReplyDeadlines.ZONE));
        DisclosureCase decided = current.decide(outcome, reply, today);
        cases.update(decided, CaseStatus.IN_PROGRESS);
        clocks.stop(id.value(), today);
        ledger.append(id, officer.id(), officer.displayName(), LedgerAction.DECIDED, outcome.legalBasis(), Map.of(
                "outcome", outcome.name(),
                "closedOn", today.toString()));
        workflow.decisionRecorded(current.reference());
        audit.record("CASE_DECIDED", "case", id, AuditResult.SUCCESS,
                current.reference() + " 办理结果：" + outcome.displayLabel());
        return decided;
    }

    /** Called by the process ({@code Task_IssueReply}): the reply goes out to the applicant. */
    @Transactional
    public void issueReply(CaseId id) {
        DisclosureCase decided = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
        cases.update(decided.answered(), CaseStatus.DECIDED);
        ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.REPLY_ISSUED, "《条例》第三十六条",
                Map.of("deliveryMethod", decided.deliveryMethod().name()));
        audit.record("REPLY_ISSUED", "case", id, AuditResult.SUCCESS, decided.reference() + " 出具答复");
    }

    /** Called by the process timer ({@code Task_RemindCaseOfficer}) a few working days before the deadline. */
    @Transactional
    public void remindCaseOfficer(CaseId id) {
        DisclosureCase open = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (!open.status().isOpen()) {
            return;
        }
        DueDate due = deadlines.dueDate(id.value());
        ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.REMINDED, "《条例》第三十三条",
                Map.of("dueOn", String.valueOf(due.date()),
                        "remainingWorkingDays", String.valueOf(due.remainingWorkingDays())));
    }
}
