package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditLine;
import org.gongkai.disclosure.casework.CaseAccess;
import org.gongkai.disclosure.casework.CaseNotFoundException;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.CaseworkSettings;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.notices.PortalService;
import org.gongkai.disclosure.casework.process.CaseClock;
import org.gongkai.disclosure.casework.process.CaseEndings;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Messages;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
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
 * Screening and 补正 (条例 art 30): within 7 working days of receipt the officer either
 * accepts the request or tells the applicant, once, every item to correct and a
 * reasonable period (default {@link CaseworkSettings}). The answer clock stops meanwhile
 * and restarts, from day 0, on the day the correction arrives; if none arrives in time
 * the request is treated as abandoned (（六）1). Also the expression bean of the lapse
 * timer.
 */
@Service(DisclosureRequestProcess.Beans.CORRECTION_DEADLINES)
public class CaseCorrections {

	/** 条例 art 30: the notice must go out within 7 working days of receipt. */
	public static final int NOTICE_WITHIN_WORKING_DAYS = 7;
	static final String ART_30 = "《条例》第三十条";

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseAccess access;

	private final CaseLedger ledger;

	private final ReplyDeadlines deadlines;

	private final DisclosureRequestWorkflow workflow;

	private final CaseworkSettings settings;

	private final CaseClock caseClock;

	private final CaseEndings endings;

	private final ClockStops stops;

	private final PortalService portal;

	CaseCorrections(JdbcClient jdbc, Cases cases, CaseAccess access, CaseLedger ledger, ReplyDeadlines deadlines,
			DisclosureRequestWorkflow workflow, CaseworkSettings settings, CaseClock caseClock, CaseEndings endings,
			ClockStops stops, PortalService portal) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.ledger = ledger;
		this.deadlines = deadlines;
		this.workflow = workflow;
		this.settings = settings;
		this.caseClock = caseClock;
		this.endings = endings;
		this.stops = stops;
		this.portal = portal;
	}

	/** The request is clear: it goes on to the answer. */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void accept(GongkaiUser officer, CaseId id) {
		DisclosureCase current = access.handledBy(officer, id);
		if (current.status() != CaseStatus.IN_PROGRESS) {
			throw new StateRefusal("refusal.casework.correction.notInExamination");
		}
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.ACCEPTED, "《条例》第二十九条", Map.of(),
				AuditLine.success(AuditAction.CASE_ACCEPTED, current.reference() + " 受理"));
		workflow.complete(current.reference(), Elements.TASK_SCREEN, false);
	}

	/**
	 * The one-time correction notice: every item, the period in working days (both
	 * problems at once, {@link InvalidFields} under {@code items} and
	 * {@code periodDays}).
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Correction request(GongkaiUser officer, CaseId id, List<String> items, Integer periodDays) {
		DisclosureCase current = access.handledBy(officer, id);
		int days = periodDays == null ? settings.correctionPeriodDays() : periodDays;
		new InvalidFields.Collector().check("items", () -> correctionItems(items))
			.require(days >= 1 && days <= settings.maxCorrectionPeriodDays(), "periodDays",
					"refusal.casework.correction.days", settings.maxCorrectionPeriodDays())
			.throwIfAny();
		List<String> cleaned = correctionItems(items);
		if (of(id).isPresent()) {
			throw new StateRefusal("refusal.casework.correction.once");
		}
		LocalDate today = caseClock.today();
		LocalDate latest = deadlines.addWorkingDays(current.receivedOn(), NOTICE_WITHIN_WORKING_DAYS);
		if (today.isAfter(latest)) {
			throw new StateRefusal("refusal.casework.correction.late", latest);
		}
		DisclosureCase waiting = current.awaitingCorrection();
		stops.open(id, Kind.CORRECTION, null, today, days);
		jdbc.sql("insert into case_correction (case_id, items) values (?, ?)")
			.params(id.value(), String.join("\n", cleaned))
			.update();
		caseClock.move(current, waiting, ClockPeriod.Kind.SUSPENDED, today, ART_30 + "：补正期间");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.CORRECTION_REQUESTED, ART_30,
				Map.of("workingDays", Integer.toString(days), "items", String.valueOf(cleaned.size())),
				AuditLine.success(AuditAction.CORRECTION_REQUESTED,
						current.reference() + " 补正期限：自申请人收到告知书之日起" + days + "个工作日"));
		workflow.complete(current.reference(), Elements.TASK_SCREEN, true);
		portal.issued(current, LetterKind.CORRECTION_NOTICE);
		return of(id).orElseThrow();
	}

	/** The items of a 补正 notice, one per line as typed, blank lines left out. */
	private static List<String> correctionItems(List<String> items) {
		List<String> cleaned = items == null ? List.of()
				: items.stream().map(i -> Texts.optional(i, "补正事项", 500)).filter(Objects::nonNull).toList();
		if (cleaned.isEmpty()) {
			throw new Refusal("refusal.casework.correction.itemsRequired");
		}
		return cleaned;
	}

	/** The correction arrives today: submitted by the applicant online. */
	@Transactional
	@PreAuthorize("hasAnyRole('APPLICANT', 'REGISTRAR', 'CASE_OFFICER')")
	public void answer(GongkaiUser user, CaseId id, String text) {
		answer(user, id, text, null);
	}

	/**
	 * The correction arrives: by the applicant online (today), or recorded by an officer
	 * with the day it actually arrived (by post: the day signed for). The clock starts
	 * afresh on that day (art 30: 答复期限自行政机关收到补正的申请之日起计算).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('APPLICANT', 'REGISTRAR', 'CASE_OFFICER')")
	public void answer(GongkaiUser user, CaseId id, String text, LocalDate receivedOn) {
		DisclosureCase current = access.visibleTo(user, id);
		String answer = Texts.require(text, "补正内容", 4000);
		of(id).orElseThrow(() -> new StateRefusal("refusal.casework.correction.nonePending"));
		if (current.status() != CaseStatus.AWAITING_CORRECTION) {
			throw new StateRefusal("refusal.casework.correction.notNow");
		}
		LocalDate today = caseClock.today();
		LocalDate arrived = ClockStops.arrival(user, receivedOn, today);
		stops.answered(id, Kind.CORRECTION, arrived, today);
		jdbc.sql("update case_correction set answer = ? where case_id = ?").params(answer, id.value()).update();
		caseClock.move(current, current.correctionReceived(), ClockPeriod.Kind.RESTARTED, arrived,
				ART_30 + "：答复期限自收到补正之日起计算");
		ledger.append(id, user.id(), user.displayName(), LedgerAction.CORRECTION_RECEIVED, ART_30,
				Map.of("receivedOn", arrived.toString()),
				AuditLine.success(AuditAction.CORRECTION_RECEIVED, current.reference()));
		workflow.correlate(current.reference(), Messages.CORRECTION_RECEIVED);
	}

	/**
	 * The period ran out and the case officer finds 无正当理由逾期不补正 (art 30): the process then
	 * ends the request as （六）1. Only from the confirmation task the lapse timer opened.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void confirmLapse(GongkaiUser officer, CaseId id) {
		stops.confirmLapse(officer, waiting(officer, id), Kind.CORRECTION);
	}

	/**
	 * The period ran out, but the correction had arrived on {@code receivedOn} (by post:
	 * the day signed for). Arriving after the last day, it needs the reason it is
	 * accepted (art 30 ends only a request corrected late 无正当理由). The clock restarts on
	 * that day.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public void arrivedAfterLapse(GongkaiUser officer, CaseId id, String text, LocalDate receivedOn, String reason) {
		DisclosureCase current = waiting(officer, id);
		String answer = Texts.require(text, "补正内容", 4000);
		String why = stops.reasonAfterLapse(id, Kind.CORRECTION, receivedOn, reason, "逾期收到补正的正当理由");
		ClockStop window = stops.answeredAfterLapse(id, Kind.CORRECTION, receivedOn, caseClock.today());
		jdbc.sql("update case_correction set answer = ? where case_id = ?").params(answer, id.value()).update();
		caseClock.move(current, current.correctionReceived(), ClockPeriod.Kind.RESTARTED, window.answeredOn(),
				ART_30 + "：答复期限自收到补正之日起计算");
		ledger.append(id, officer.id(), officer.displayName(), LedgerAction.CORRECTION_RECEIVED, ART_30,
				why == null ? Map.of("receivedOn", receivedOn.toString())
						: Map.of("receivedOn", receivedOn.toString(), "reason", why));
		stops.arrivedAfterLapse(current, Kind.CORRECTION);
	}

	/**
	 * The period ran out, and the applicant has a 正当理由 for the delay: a new last day, and
	 * the case waits for the correction again.
	 */
	@Transactional
	@PreAuthorize("hasRole('CASE_OFFICER')")
	public Correction excuseLapse(GongkaiUser officer, CaseId id, String reason, LocalDate lastDay) {
		stops.excuseLapse(officer, waiting(officer, id), Kind.CORRECTION, reason, lastDay, caseClock.today());
		return of(id).orElseThrow();
	}

	/**
	 * Called by the process once the case officer has confirmed the lapse: the request
	 * ends as （六）1, with its ledger line, and its 告知书 is issued.
	 */
	@Transactional
	public void lapse(CaseId id) {
		DisclosureCase current = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (current.status() != CaseStatus.AWAITING_CORRECTION) {
			return;
		}
		stops.lapsed(id, Kind.CORRECTION);
		endings.abandon(id, CaseStatus.AWAITING_CORRECTION, Outcome.OTHER_CORRECTION_LAPSED,
				"申请人无正当理由逾期不补正，视为放弃申请，本机关不再处理该政府信息公开申请。", LedgerAction.CORRECTION_LAPSED, AuditAction.CORRECTION_LAPSED,
				ART_30);
		portal.issued(current, LetterKind.REPLY);
	}

	private DisclosureCase waiting(GongkaiUser officer, CaseId id) {
		DisclosureCase current = access.handledBy(officer, id);
		if (current.status() != CaseStatus.AWAITING_CORRECTION) {
			throw new StateRefusal("refusal.casework.correction.notWaiting");
		}
		return current;
	}

	/**
	 * Timer expression: the correction lapses at the start of the first day after its due
	 * date (Beijing time).
	 */
	public Date lapsesAt(String caseId) {
		return stops.lapsesAt(caseId, Kind.CORRECTION);
	}

	/**
	 * Timer expression: 09:00 Beijing time on the working day before the last day for a
	 * correction notice.
	 */
	public Date noticeReminderAt(String caseId) {
		DisclosureCase c = cases.byId(CaseId.of(caseId)).orElseThrow();
		LocalDate reminder = deadlines.addWorkingDays(c.receivedOn(), NOTICE_WITHIN_WORKING_DAYS - 1);
		return ReplyDeadlines.nineAmOn(reminder);
	}

	/**
	 * Called by the process timer: the 7-day window for a correction notice is about to
	 * close.
	 */
	@Transactional
	public void remindScreening(CaseId id) {
		DisclosureCase c = cases.byId(id).orElseThrow(() -> new CaseNotFoundException(id));
		// once a correction was asked for (and answered), the 7-day window is spent:
		// nothing to remind of
		if (c.status() == CaseStatus.IN_PROGRESS && of(id).isEmpty()) {
			ledger.append(id, null, CaseLedger.SYSTEM, LedgerAction.SCREENING_REMINDED, ART_30,
					Map.of("lastDay", noticeDeadline(c.receivedOn()).toString()));
		}
	}

	/**
	 * The latest day a correction notice may go out for a case received on
	 * {@code receivedOn}.
	 */
	public LocalDate noticeDeadline(LocalDate receivedOn) {
		return deadlines.addWorkingDays(receivedOn, NOTICE_WITHIN_WORKING_DAYS);
	}

	public Optional<Correction> of(CaseId id) {
		return of(id, stops.of(id, Kind.CORRECTION));
	}

	/**
	 * As {@link #of(CaseId)}, with the case's windows already read
	 * ({@link ClockStops#of(CaseId)}).
	 */
	public Optional<Correction> of(CaseId id, Map<Kind, ClockStop> windows) {
		return of(id, Optional.ofNullable(windows.get(Kind.CORRECTION)));
	}

	private Optional<Correction> of(CaseId id, Optional<ClockStop> stop) {
		return stop.map(window -> jdbc.sql("select items, answer from case_correction where case_id = ?")
			.param(id.value())
			.query((rs, n) -> new Correction(window, List.of(rs.getString("items").split("\n")),
					rs.getString("answer")))
			.single());
	}

	/** A correction notice, its window and, once given, the applicant's answer. */
	public record Correction(ClockStop window, List<String> items, String answer) {

		public LocalDate notifiedOn() {
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
