package org.gongkai.disclosure.casework.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.stereotype.Component;

/**
 * Ends a case the applicant is deemed to have abandoned (补正 not given, fee not paid): one
 * statutory outcome of （六）, the clock stopped, the ledger line that lets the report be
 * rebuilt, the audit line — all in the caller's transaction. Written once so that every
 * such ending counts the same way.
 */
@Component
public class CaseEndings {

	private final Cases cases;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final Clock clock;

	CaseEndings(Cases cases, CaseLedger ledger, ClockPeriods clocks, Clock clock) {
		this.cases = cases;
		this.ledger = ledger;
		this.clocks = clocks;
		this.clock = clock;
	}

	/**
	 * Closes the case as {@code outcome} if it still waits in {@code waitingIn}.
	 * @return true if it was closed now, false if it had moved on (then nothing changes)
	 */
	public boolean abandon(CaseId id, CaseStatus waitingIn, Outcome outcome, String explanation, LedgerAction action,
			AuditAction audited, String legalBasis) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (current.status() != waitingIn) {
			return false;
		}
		close(current, outcome, explanation, null, CaseLedger.SYSTEM, action, legalBasis, audited);
		return true;
	}

	/**
	 * Ends the case today as {@code outcome}: the status and outcome, the clock stopped,
	 * the ledger line (with the outcome and closing date the report counts) and the audit
	 * line — the same for every way a case ends early.
	 */
	public DisclosureCase close(DisclosureCase current, Outcome outcome, String explanation, UUID actorId,
			String actorName, LedgerAction action, String legalBasis, AuditAction auditAction) {
		LocalDate today = ReplyDeadlines.today(clock);
		DisclosureCase closed = current.closedAs(outcome, explanation, today);
		cases.update(closed, current.status());
		clocks.stop(current.id().value(), today);
		ledger.append(current.id(), actorId, actorName, action, legalBasis,
				Map.of("outcome", outcome.name(), "closedOn", today.toString()),
				AuditLine.success(auditAction, current.reference()));
		return closed;
	}

}
