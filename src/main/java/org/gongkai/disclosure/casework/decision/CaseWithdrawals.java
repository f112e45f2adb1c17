package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.CaseEndings;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant may withdraw a request at any point before it is decided. The case closes
 * that day and, having no row of its own in the national table, is counted under （六）3 其他.
 */
@Service
public class CaseWithdrawals {

	private final CaseAccess access;

	private final CaseEndings endings;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	CaseWithdrawals(CaseAccess access, CaseEndings endings, DisclosureRequestWorkflow workflow, Clock clock) {
		this.access = access;
		this.endings = endings;
		this.workflow = workflow;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('APPLICANT')")
	public DisclosureCase withdraw(GongkaiUser applicant, CaseId id, String reason) {
		DisclosureCase current = access.visibleTo(applicant, id);
		String why = Texts.optional(reason, "撤回理由", 1000);
		LocalDate today = ReplyDeadlines.today(clock);
		DisclosureCase closed = endings.close(current, Outcome.OTHER_OTHER,
				"申请人于" + today + "撤回申请" + (why == null ? "。" : "：" + why), applicant.id(), applicant.displayName(),
				LedgerAction.WITHDRAWN, "申请人撤回申请", AuditAction.CASE_WITHDRAWN);
		workflow.correlate(current.reference(), Messages.REQUEST_WITHDRAWN);
		return closed;
	}

}
