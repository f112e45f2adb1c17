package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Date;
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
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.NextStep;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.documents.LetterKind;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 说明理由 (条例 art 35): when the number or frequency of an applicant's requests clearly
 * exceeds a reasonable range, the officer may ask the applicant to explain. Where the
 * agency's {@link ExplanationSettings} say so (the default), the answer clock stops until
 * the explanation arrives or the period passes; then the officer decides — 不予处理 /
 * 无正当理由大量反复申请 if the reasons are not reasonable. Also the expression bean of the waiting
 * timer.
 */
@Service(DisclosureRequestProcess.Beans.EXPLANATION_DEADLINES)
public class CaseExplanations {

	static final String ART_35 = Kind.EXPLANATION.basis();
	static final int DEFAULT_PERIOD_DAYS = 15;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final ReplyDeadlines deadlines;

	private final DisclosureRequestWorkflow workflow;

	private final CaseClock caseClock;

	private final ClockStops stops;

	private final PortalService portal;

	private final ExplanationSettings settings;

	CaseExplanations(JdbcClient jdbc, Cases cases, CaseAccess access, CaseLedger ledger, ReplyDeadlines deadlines,
			DisclosureRequestWorkflow workflow, CaseClock caseClock, ClockStops stops, PortalService portal,
			ExplanationSettings settings) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.caseClock = caseClock;
		this.stops = stops;
		this.portal = portal;
	}

	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Explanation request(GongkaiUser officer, CaseId id, String question, Integer periodDays) {
		DisclosureCase current = access.handledBy(officer, id);
		String what = Texts.require(question, "需要申请人说明的事项", 2000);
		int days = periodDays == null ? DEFAULT_PERIOD_DAYS : periodDays;
		if (days < 1 || days > 30) {
			throw new Refusal("refusal.casework.explanation.days");
		}
		if (of(id).isPresent()) {
			throw new StateRefusal("refusal.casework.explanation.asked");
		}
		LocalDate today = caseClock.today();
		ExplanationSettings.Setting setting = settings.of(current.agencyId());
		deadlines.requireWithinPeriod(id.value(), today, "要求说明理由");
		stops.open(id, Kind.EXPLANATION, null, today, days);
		jdbc.sql("""
				insert into case_explanation (case_id, question, clock_stops, delay_working_days)
				values (?, ?, ?, ?)""")
			.params(id.value(), what, setting.clockStops(), setting.delayWorkingDays())
			.update();
		// whether the clock stops is the agency's setting, with its basis
		// (docs/statute.md#art-35)
		if (setting.clockStops()) {
			caseClock.suspend(current, CaseStatus.AWAITING_EXPLANATION, today, setting.basis() + "：等待申请人说明理由");
		}
		else {
			caseClock.awaitRunning(current, CaseStatus.AWAITING_EXPLANATION);
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.EXPLANATION_REQUESTED, setting.basis(),
				Map.of("workingDays", Integer.toString(days), "clockStops", Boolean.toString(setting.clockStops()),
						"delayWorkingDays", Integer.toString(setting.delayWorkingDays())),
				AuditLine.success(AuditAction.EXPLANATION_REQUESTED, current.reference()));
		workflow.complete(current.reference(), Elements.TASK_DECIDE, NextStep.EXPLANATION);
		portal.issued(current, LetterKind.EXPLANATION_REQUEST);
		return of(id).orElseThrow();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('APPLICANT', 'REGISTRAR', 'CASE_OFFICER')")
	public void answer(GongkaiUser user, CaseId id, String text) {
		answer(user, id, text, null);
	}

	/**
	 * The applicant's explanation, online (today) or recorded by an officer with the day
	 * it arrived: the clock runs again from that day.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('APPLICANT', 'REGISTRAR', 'CASE_OFFICER')")
	public void answer(GongkaiUser user, CaseId id, String text, LocalDate receivedOn) {
		DisclosureCase current = access.visibleTo(user, id);
		String answer = Texts.require(text, "说明内容", 4000);
		of(id).orElseThrow(() -> new StateRefusal("refusal.casework.letters.noExplanation"));
		if (current.status() != CaseStatus.AWAITING_EXPLANATION) {
			throw new StateRefusal("refusal.casework.explanation.notNow");
		}
		LocalDate today = caseClock.today();
		LocalDate arrived = ClockStops.arrival(user, receivedOn, today);
		stops.answered(id, Kind.EXPLANATION, arrived, today);
		jdbc.sql("update case_explanation set answer = ? where case_id = ?").params(answer, id.value()).update();
		caseClock.endWait(current, arrived, ART_35 + "：已收到说明，恢复计时");
		ledger.append(id, user.id(), user.displayName(), LedgerAction.EXPLANATION_RECEIVED, ART_35,
				Map.of("receivedOn", arrived.toString()));
		workflow.correlate(current.reference(), Messages.EXPLANATION_RECEIVED);
	}

	/** Called by the process when the period passed without an explanation. */
	@Transactional
	public void lapse(CaseId id) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (current.status() != CaseStatus.AWAITING_EXPLANATION) {
			return;
		}
		// the clock runs again from the last day of the period, not from whenever the
		// timer job ran
		stops.lapsed(id, Kind.EXPLANATION);
		LocalDate resumeOn = of(id).orElseThrow().dueOn();
		caseClock.endWait(current, resumeOn, ART_35 + "：逾期未说明理由，恢复计时");
		ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.EXPLANATION_LAPSED, ART_35, Map.of());
	}

	public Date lapsesAt(String caseId) {
		return stops.lapsesAt(caseId, Kind.EXPLANATION);
	}

	public Optional<Explanation> of(CaseId id) {
		return of(id, stops.of(id, Kind.EXPLANATION));
	}

	/**
	 * As {@link #of(CaseId)}, with the case's windows already read
	 * ({@link ClockStops#of(CaseId)}).
	 */
	public Optional<Explanation> of(CaseId id, Map<Kind, ClockStop> windows) {
		return of(id, Optional.ofNullable(windows.get(Kind.EXPLANATION)));
	}

	private Optional<Explanation> of(CaseId id, Optional<ClockStop> stop) {
		return stop.map(window -> jdbc
			.sql("select question, answer, clock_stops, delay_working_days from case_explanation where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Explanation(window, rs.getString("question"), rs.getString("answer"),
					rs.getObject("clock_stops", Boolean.class) != Boolean.FALSE,
					rs.getObject("delay_working_days", Integer.class)))
			.single());
	}

	/**
	 * What the applicant was asked to explain, its window, and the answer; whether the
	 * reply clock stopped meanwhile, and the 延迟答复 period the letter announced (null
	 * before V116).
	 */
	public record Explanation(ClockStop window, String question, String answer, boolean clockStops,
			Integer delayWorkingDays) {

		public LocalDate requestedOn() {
			return window.sentOn();
		}

		public LocalDate dueOn() {
			return window.dueOn();
		}

		public LocalDate answeredOn() {
			return window.answeredOn();
		}

		public boolean lapsed() {
			return window.lapsed();
		}

	}

}
