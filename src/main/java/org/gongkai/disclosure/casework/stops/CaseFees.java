package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.notices.PortalService;
import org.gongkai.disclosure.casework.process.CaseClock;
import org.gongkai.disclosure.casework.process.CaseEndings;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.NextStep;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.fees.FeeCalculator;
import org.gongkai.disclosure.fees.FeeMode;
import org.gongkai.disclosure.fees.FeeQuote;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息处理费 (条例 art 42; 国办函〔2020〕109号): the case officer issues a fee notice computed from
 * the tiers (按件 counting the applicant's requests to this agency in the calendar month,
 * or 按量 by pages — never both); the answer clock stops; the applicant pays within 20
 * working days from the day after the notice, or the request ends as （六）2. Also the
 * expression bean of the payment timer.
 */
@Service(DisclosureRequestProcess.Beans.FEE_DEADLINES)
public class CaseFees {

	static final String BASIS = Kind.FEE.basis();

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final ReplyDeadlines deadlines;

	private final FeeCalculator calculator;

	private final DisclosureRequestWorkflow workflow;

	private final CaseClock caseClock;

	private final CaseEndings endings;

	private final ClockStops stops;

	private final PortalService portal;

	private final Cases cases;

	CaseFees(JdbcClient jdbc, CaseAccess access, CaseLedger ledger, ReplyDeadlines deadlines, FeeCalculator calculator,
			DisclosureRequestWorkflow workflow, CaseClock caseClock, CaseEndings endings, ClockStops stops,
			PortalService portal, Cases cases) {
		this.jdbc = jdbc;
		this.access = access;
		this.ledger = ledger;
		this.deadlines = deadlines;
		this.calculator = calculator;
		this.workflow = workflow;
		this.caseClock = caseClock;
		this.endings = endings;
		this.stops = stops;
		this.portal = portal;
		this.cases = cases;
	}

	/**
	 * What the fee would be, without issuing anything (the officer sees it before
	 * deciding). The mode and the quantity are checked together ({@link InvalidFields}
	 * under {@code mode} and {@code quantity}).
	 */
	public FeeQuote quote(GongkaiUser officer, CaseId id, FeeMode mode, Integer quantity) {
		DisclosureCase current = access.handledBy(officer, id);
		int units = quantity == null ? 1 : quantity;
		new InvalidFields.Collector().require(mode != null, "mode", "refusal.casework.fee.chooseBasis")
			.check("quantity", () -> {
				// the calculator's bounds on the quantity do not depend on the month's
				// count
				if (mode != null) {
					price(mode, 0, units);
				}
			})
			.throwIfAny();
		return price(mode, mode == FeeMode.PER_REQUEST ? priorRequestsThisMonth(current) : 0, units);
	}

	private FeeQuote price(FeeMode mode, int priorRequests, int units) {
		return mode == FeeMode.PER_REQUEST ? calculator.perRequest(priorRequests, units) : calculator.perVolume(units);
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Fee notify(GongkaiUser officer, CaseId id, FeeMode mode, Integer quantity) {
		DisclosureCase current = access.handledBy(officer, id);
		if (of(id).isPresent()) {
			throw new StateRefusal("refusal.casework.fee.noticeSent");
		}
		LocalDate today = caseClock.today();
		deadlines.requireWithinPeriod(id.value(), today, "发出收费通知");
		FeeQuote quote = quote(officer, id, mode, quantity);
		if (quote.free()) {
			throw new StateRefusal("refusal.casework.fee.nothingToCharge");
		}
		int paymentDays = calculator.tiers().paymentWorkingDays();
		stops.open(id, Kind.FEE, null, today, paymentDays);
		jdbc.sql("""
				insert into case_fee (case_id, mode, quantity, prior_requests_this_month, amount_yuan, explanation)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), quote.mode().name(), quote.quantity(), quote.priorRequestsThisMonth(),
					quote.amountYuan(), String.join("\n", quote.explanation()))
			.update();
		caseClock.suspend(current, CaseStatus.AWAITING_PAYMENT, today, BASIS + "：收费通知至缴费期间");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.FEE_NOTIFIED, BASIS,
				Map.of("amountYuan", Long.toString(quote.amountYuan()), "mode", quote.mode().name(), "workingDays",
						Integer.toString(paymentDays)),
				AuditLine.success(AuditAction.FEE_NOTIFIED,
						current.reference() + " " + quote.amountYuan() + "元，缴费期限：收到通知次日起" + paymentDays + "个工作日"));
		workflow.complete(current.reference(), Elements.TASK_DECIDE, NextStep.FEE_NOTICE);
		portal.issued(current, LetterKind.FEE_NOTICE);
		return of(id).orElseThrow();
	}

	/**
	 * The payment has arrived (recorded by an officer): the clock runs again with the
	 * days left.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'REGISTRAR')")
	public void paid(GongkaiUser officer, CaseId id) {
		paid(officer, id, null);
	}

	/**
	 * The payment arrived on {@code paidOn} (null: today) — the day the bank transfer or
	 * the postal order reached the office, recorded by an officer.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CASE_OFFICER', 'REGISTRAR')")
	public void paid(GongkaiUser officer, CaseId id, LocalDate paidOn) {
		DisclosureCase current = access.handledBy(officer, id);
		of(id).orElseThrow(() -> new StateRefusal("refusal.casework.letters.noFee"));
		if (current.status() != CaseStatus.AWAITING_PAYMENT) {
			throw new StateRefusal("refusal.casework.fee.notWaiting");
		}
		LocalDate today = caseClock.today();
		LocalDate arrived = ClockStops.arrival(officer, paidOn, today);
		stops.answered(id, Kind.FEE, arrived, today);
		caseClock.resume(current, arrived, BASIS + "：已缴费，恢复计时");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.FEE_PAID, BASIS,
				Map.of("paidOn", arrived.toString()), AuditLine.success(AuditAction.FEE_PAID, current.reference()));
		workflow.correlate(current.reference(), Messages.FEE_PAID);
	}

	/**
	 * The payment window ran out and the case officer finds it unpaid without 正当理由: the
	 * process then ends the request as （六）2.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void confirmLapse(GongkaiUser officer, CaseId id) {
		stops.confirmLapse(officer, waiting(officer, id), Kind.FEE);
	}

	/**
	 * The window ran out, but the payment had reached the office on {@code paidOn} (a
	 * transfer credited, a postal order); after the last day it needs the reason it is
	 * accepted. The clock resumes from that day.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void paidAfterLapse(GongkaiUser officer, CaseId id, LocalDate paidOn, String reason) {
		DisclosureCase current = waiting(officer, id);
		String why = stops.reasonAfterLapse(id, Kind.FEE, paidOn, reason, "逾期缴费的正当理由");
		ClockStop window = stops.answeredAfterLapse(id, Kind.FEE, paidOn, caseClock.today());
		caseClock.resume(current, window.answeredOn(), BASIS + "：已缴费，恢复计时");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.FEE_PAID, BASIS,
				why == null ? Map.of("paidOn", paidOn.toString()) : Map.of("paidOn", paidOn.toString(), "reason", why));
		stops.arrivedAfterLapse(current, Kind.FEE);
	}

	/** The window ran out, with a 正当理由 for the delay: a new last day to pay. */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Fee excuseLapse(GongkaiUser officer, CaseId id, String reason, LocalDate lastDay) {
		stops.excuseLapse(officer, waiting(officer, id), Kind.FEE, reason, lastDay, caseClock.today());
		return of(id).orElseThrow();
	}

	/**
	 * Called by the process once the case officer has confirmed the lapse: the request
	 * ends as （六）2, with its ledger line, and its 告知书 is issued.
	 */
	@Transactional
	public void lapse(CaseId id) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (current.status() != CaseStatus.AWAITING_PAYMENT) {
			return;
		}
		stops.lapsed(id, Kind.FEE);
		endings.abandon(id, CaseStatus.AWAITING_PAYMENT, Outcome.OTHER_FEE_UNPAID,
				"申请人逾期未按收费通知要求缴纳费用，视为放弃申请，本机关不再处理该政府信息公开申请。", LedgerAction.FEE_LAPSED, AuditAction.FEE_LAPSED, BASIS);
		portal.issued(current, LetterKind.REPLY);
	}

	private DisclosureCase waiting(GongkaiUser officer, CaseId id) {
		DisclosureCase current = access.handledBy(officer, id);
		if (current.status() != CaseStatus.AWAITING_PAYMENT) {
			throw new StateRefusal("refusal.casework.fee.notWaiting");
		}
		return current;
	}

	/**
	 * Timer expression: the notice lapses at the start of the first day after the payment
	 * window.
	 */
	public Date lapsesAt(String caseId) {
		return stops.lapsesAt(caseId, Kind.FEE);
	}

	public Optional<Fee> of(CaseId id) {
		return of(id, stops.of(id, Kind.FEE));
	}

	/**
	 * As {@link #of(CaseId)}, with the case's windows already read
	 * ({@link ClockStops#of(CaseId)}).
	 */
	public Optional<Fee> of(CaseId id, Map<Kind, ClockStop> windows) {
		return of(id, Optional.ofNullable(windows.get(Kind.FEE)));
	}

	private Optional<Fee> of(CaseId id, Optional<ClockStop> stop) {
		return stop.map(window -> jdbc.sql("select * from case_fee where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Fee(window, FeeMode.valueOf(rs.getString("mode")), rs.getInt("quantity"),
					rs.getInt("prior_requests_this_month"), rs.getLong("amount_yuan"),
					List.of(rs.getString("explanation").split("\n"))))
			.single());
	}

	/**
	 * 按件 counts this applicant's earlier requests to the same agency received in the same
	 * calendar month.
	 */
	private int priorRequestsThisMonth(DisclosureCase c) {
		LocalDate first = c.receivedOn().withDayOfMonth(1);
		return jdbc.sql("""
				select count(*) from disclosure_case
				where applicant_id = :applicant and agency_id = :agency and id <> :id
				  and received_on >= :first and (received_on < :received
				       or (received_on = :received and submitted_at < :submitted))""")
			.param("applicant", c.applicantId())
			.param("agency", c.agencyId().value())
			.param("id", c.id().value())
			.param("first", first)
			.param("received", c.receivedOn())
			.param("submitted", OffsetDateTime.ofInstant(c.submittedAt(), ZoneOffset.UTC))
			.query(Integer.class)
			.single();
	}

	/** A fee notice, its working, and its window: paid, lapsed or running. */
	public record Fee(ClockStop window, FeeMode mode, int quantity, int priorRequestsThisMonth, long amountYuan,
			List<String> explanation) {

		public LocalDate notifiedOn() {
			return window.sentOn();
		}

		public LocalDate dueOn() {
			return window.dueOn();
		}

		public LocalDate paidOn() {
			return window.answeredOn();
		}

		public boolean lapsed() {
			return window.lapsed();
		}

	}

}
