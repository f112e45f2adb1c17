package org.gongkai.disclosure.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.shared.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant may withdraw a request at any point before it is decided. The case closes that day and, having no
 * row of its own in the national table, is counted under （六）3 其他.
 */
@Service
public class CaseWithdrawals {

    private final CaseAccess access;
    private final Cases cases;
    private final CaseLedger ledger;
    private final ClockPeriods clocks;
    private final DisclosureRequestWorkflow workflow;
    private final Clock clock;
    private final AuditTrail audit;

    CaseWithdrawals(CaseAccess access, Cases cases, CaseLedger ledger, ClockPeriods clocks,
                    DisclosureRequestWorkflow workflow, Clock clock, AuditTrail audit) {
        this.access = access;
        this.cases = cases;
        this.ledger = ledger;
        this.clocks = clocks;
        this.workflow = workflow;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public DisclosureCase withdraw(GongkaiUser applicant, CaseId id, String reason) {
        DisclosureCase current = access.visibleTo(applicant, id);
        String why = Texts.optional(reason, "撤回理由", 1000);
        LocalDate today = LocalDate.now(clock.withZone(ReplyDeadlines.ZONE));
        DisclosureCase closed = current.closedAs(Outcome.OTHER_OTHER,
                "申请人于" + today + "撤回申请" + (why == null ? "。" : "：" + why), today);
        cases.update(closed, current.status());
        clocks.stop(id.value(), today);
        ledger.append(id, applicant.id(), applicant.displayName(), LedgerAction.WITHDRAWN, "申请人撤回申请",
                Map.of("outcome", Outcome.OTHER_OTHER.name(), "closedOn", today.toString()));
        workflow.correlate(current.reference(), Messages.REQUEST_WITHDRAWN);
        audit.record("CASE_WITHDRAWN", "case", id, AuditResult.SUCCESS, current.reference());
        return closed;
    }
}
