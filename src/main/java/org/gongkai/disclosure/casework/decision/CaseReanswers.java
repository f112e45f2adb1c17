package org.gongkai.disclosure.casework.decision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.AppealId;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重新答复: a 行政复议 decision or a judgment ordered the office to answer a request again
 * (撤销并责令重新作出, 责令履行, 判决履行). The request stays one case — its receipt date, and so its 本年新收
 * year in table 三, never change. It is handled again from the decide step with a fresh
 * 20-working-day clock whose day 0 is the day the office received the decision; its
 * earlier answer is kept in {@code case_reanswer}, and the case row carries the latest
 * answer; the annual report keeps counting the request by its first closing
 * ({@code counted_closed_on}, V60; see README, "Appeals").
 */
@Service
@NamedInterface("reanswers")
public class CaseReanswers {

	/**
	 * Words every reanswer clock period's legal basis contains
	 * ({@code ClockPeriods#extensionDays} relies on them).
	 */
	static final String LEGAL_BASIS = "重新答复（《条例》第三十三条，%s %s）";

	private final Cases cases;

	private final CaseLedger ledger;

	private final ClockPeriods clocks;

	private final DisclosureRequestWorkflow workflow;

	private final JdbcClient jdbc;

	CaseReanswers(Cases cases, CaseLedger ledger, ClockPeriods clocks, DisclosureRequestWorkflow workflow,
			JdbcClient jdbc) {
		this.cases = cases;
		this.ledger = ledger;
		this.clocks = clocks;
		this.workflow = workflow;
		this.jdbc = jdbc;
	}

	/**
	 * Reopens the case for a new answer ordered by {@code appealReference}
	 * ({@code orderedBy}: the decision, e.g. "撤销并责令重新作出"), received by the office on
	 * {@code receivedOn}. An answered or ended case is handled again from the decide
	 * step; a case still open (an appeal against inaction) keeps its process and its
	 * clock restarts.
	 */
	@Transactional
	public Reanswer order(CaseId id, AppealId appealId, String appealReference, String orderedBy,
			LocalDate receivedOn) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (receivedOn.isBefore(current.receivedOn())) {
			throw new Refusal("refusal.casework.reanswer.receivedBeforeRequest");
		}
		if (current.status() == CaseStatus.DECIDED) {
			throw new StateRefusal("refusal.casework.reanswer.replyNotIssued");
		}
		boolean reopen = !current.status().isOpen();
		String basis = LEGAL_BASIS.formatted(appealReference, orderedBy);
		// case_delivery holds the delivery of the current answer: the earlier one moves
		// here (the ledger keeps it too)
		String previousDelivery = jdbc
			.sql("select method || ' ' || delivered_on || coalesce(' ' || detail, '') "
					+ "from case_delivery where case_id = ?")
			.param(id.value())
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				insert into case_reanswer (case_id, appeal_id, appeal_reference, ordered_by, received_on,
				    previous_outcome, previous_closed_on, previous_delivery, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, now())""")
			.params(id.value(), appealId.value(), appealReference, orderedBy, receivedOn,
					current.outcome() == null ? null : current.outcome().name(), current.closedOn(), previousDelivery)
			.update();
		if (reopen) {
			DisclosureCase reopened = new DisclosureCase(current.id(), current.reference(), current.agencyId(),
					current.applicantId(), current.applicantCategory(), current.channel(), current.submittedAt(),
					current.receivedOn(), current.informationSought(), current.requestedForm(),
					current.deliveryMethod(), CaseStatus.IN_PROGRESS, null, null, null, null, null, null,
					"重新答复：" + appealReference + " " + orderedBy);
			cases.update(reopened, current.status());
			jdbc.sql("delete from case_delivery where case_id = ?").param(id.value()).update();
			clocks.restart(id.value(), receivedOn, ClockPeriod.RestartReason.REANSWER, basis);
			workflow.restartAtDecision(id, current.reference());
		}
		else {
			clocks.restart(id.value(), receivedOn, ClockPeriod.RestartReason.REANSWER, basis);
			workflow.recalculateTimers(current.reference());
		}
		Map<String, String> detail = new HashMap<>();
		detail.put("appealReference", appealReference);
		detail.put("orderedBy", orderedBy);
		detail.put("receivedOn", receivedOn.toString());
		detail.put("reopened", String.valueOf(reopen));
		if (current.outcome() != null) {
			detail.put("previousOutcome", current.outcome().name());
			detail.put("previousClosedOn", current.closedOn().toString());
		}
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.REANSWER_ORDERED, basis, detail, AuditLine.success(
				AuditAction.REANSWER_ORDERED,
				current.reference() + " 经 " + appealReference + "（" + orderedBy + "）重新答复，" + receivedOn + " 起算"));
		return new Reanswer(appealId, appealReference, orderedBy, receivedOn, current.outcome(), current.closedOn());
	}

	/** The new answers ordered on a case, oldest first. */
	public List<Reanswer> of(CaseId id) {
		return jdbc.sql("""
				select appeal_id, appeal_reference, ordered_by, received_on, previous_outcome,
				       previous_closed_on
				from case_reanswer where case_id = ? order by id""")
			.param(id.value())
			.query((rs, n) -> new Reanswer(new AppealId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5) == null ? null : Outcome.valueOf(rs.getString(5)),
					rs.getObject(6, LocalDate.class)))
			.list();
	}

	/**
	 * One ordered new answer, with the answer it replaced (none if the case was still
	 * open).
	 */
	@NamedInterface("reanswers")
	public record Reanswer(AppealId appealId, String appealReference, String orderedBy, LocalDate receivedOn,
			Outcome previousOutcome, LocalDate previousClosedOn) {
	}

}
