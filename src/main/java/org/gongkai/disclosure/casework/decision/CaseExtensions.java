package org.gongkai.disclosure.casework.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.notices.PortalService;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.StatutoryClock;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension of the answer period (条例 art 33 ¶1): requested by the case officer, approved
 * or refused by the head of the disclosure office, at most 20 working days and once; on
 * approval the applicant is told and every timer of the case is recalculated.
 */
@Service
public class CaseExtensions {

	/**
	 * The extension's basis: art 33 ¶2 (¶1 is the on-the-spot answer, ¶3 the consultation
	 * time), docs/statute.md#extension-basis.
	 */
	static final String ART_33 = "《条例》第三十三条第二款";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final Cases cases;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	private final AuditTrail audit;

	private final ReplyDeadlines deadlines;

	private final PortalService portal;

	CaseExtensions(JdbcClient jdbc, CaseAccess access, Cases cases, CaseLedger ledger, ClockPeriods clocks,
			DisclosureRequestWorkflow workflow, Clock clock, AuditTrail audit, ReplyDeadlines deadlines,
			PortalService portal) {
		this.jdbc = jdbc;
		this.access = access;
		this.cases = cases;
		this.ledger = ledger;
		this.clocks = clocks;
		this.workflow = workflow;
		this.clock = clock;
		this.audit = audit;
		this.deadlines = deadlines;
		this.portal = portal;
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void request(GongkaiUser officer, CaseId id, Integer workingDays, String reason) {
		DisclosureCase current = access.handledBy(officer, id);
		if (!current.status().isOpen() || current.status() == CaseStatus.AWAITING_CORRECTION) {
			throw new StateRefusal("refusal.casework.extension.notNow");
		}
		requireWithinPeriod(id);
		new InvalidFields.Collector()
			.require(workingDays != null && workingDays >= 1 && workingDays <= StatutoryClock.MAX_EXTENSION_DAYS,
					"workingDays", "refusal.casework.extension.days")
			.check("reason", () -> Texts.require(reason, "延期理由", 2000))
			.throwIfAny();
		String why = Texts.require(reason, "延期理由", 2000);
		int inserted = jdbc.sql("""
				insert into case_extension (case_id, working_days, reason, requested_by, requested_on)
				values (?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
			.params(id.value(), workingDays, why, officer.id(), today())
			.update();
		if (inserted != 1) {
			throw new StateRefusal("refusal.casework.extension.once");
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.EXTENSION_REQUESTED, ART_33,
				Map.of("workingDays", workingDays.toString()),
				AuditLine.success(AuditAction.EXTENSION_REQUESTED, current.reference() + " " + workingDays + "个工作日"));
		workflow.correlate(current.reference(), Messages.EXTENSION_REQUESTED);
	}

	@Transactional
	@PreAuthorize("hasRole('HEAD_OF_OFFICE')")
	public void decide(GongkaiUser head, CaseId id, boolean approved, String note) {
		DisclosureCase current = access.handledBy(head, id);
		Extension extension = of(id).filter(e -> e.approved() == null)
			.orElseThrow(() -> new StateRefusal("refusal.casework.extension.nonePending"));
		LocalDate today = today();
		jdbc.sql("update case_extension set approved = ?, decided_by = ?, decided_on = ? where case_id = ?")
			.params(approved, head.id(), today, id.value())
			.update();
		if (approved) {
			if (!current.status().isOpen()) {
				throw new StateRefusal("refusal.casework.extension.caseClosed");
			}
			requireWithinPeriod(id);
			clocks.extend(id.value(), extension.workingDays(), today, ART_33 + "：经政府信息公开工作机构负责人同意");
		}
		String remark = Texts.optional(note, "审批意见", 2000);
		ledger.append(id, head.id(), head.displayName(),
				approved ? LedgerAction.EXTENSION_APPROVED : LedgerAction.EXTENSION_REFUSED, ART_33,
				remark == null ? Map.of() : Map.of("note", remark));
		workflow.complete(current.reference(), Elements.TASK_APPROVE_EXTENSION, approved);
		audit.record(approved ? AuditAction.EXTENSION_APPROVED : AuditAction.EXTENSION_REFUSED, "case", id,
				AuditResult.SUCCESS, current.reference());
	}

	/**
	 * Called by the process ({@code Task_NotifyExtension}): the applicant is told, the
	 * timers follow the new date.
	 */
	@Transactional
	public void notifyApplicant(CaseId id) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.EXTENSION_NOTIFIED, ART_33 + "：告知申请人", Map.of());
		portal.issued(current, LetterKind.EXTENSION_NOTICE);
		workflow.recalculateTimers(current.reference());
	}

	public Optional<Extension> of(CaseId id) {
		return jdbc.sql("select * from case_extension where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Extension(rs.getObject("case_id", UUID.class), rs.getInt("working_days"),
					rs.getString("reason"), rs.getObject("requested_on", LocalDate.class),
					(Boolean) rs.getObject("approved"), rs.getObject("decided_on", LocalDate.class)))
			.optional();
	}

	/**
	 * 条例 art 33: an extension is approved and notified within the answer period, never
	 * after it has run out.
	 */
	private void requireWithinPeriod(CaseId id) {
		deadlines.requireWithinPeriod(id.value(), today(), "延长");
	}

	private LocalDate today() {
		return ReplyDeadlines.today(clock);
	}

	public record Extension(UUID caseId, int workingDays, String reason, LocalDate requestedOn, Boolean approved,
			LocalDate decidedOn) {
	}

}
