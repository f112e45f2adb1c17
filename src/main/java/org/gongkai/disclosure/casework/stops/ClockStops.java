package org.gongkai.disclosure.casework.stops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.LapseDecision;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.deadlines.CalendarChanged;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.StateRefusal;
import org.gongkai.disclosure.shared.Texts;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The windows of the clock stops ({@link ClockStop}), whatever their kind: opening one,
 * its last day, the answer, the lapse, the lapse timer's date and re-dating on a calendar
 * change. The kinds ({@link CaseCorrections}, {@link CaseFees},
 * {@link CaseConsultations}, {@link CaseExplanations}) supply only what differs: the
 * rule, what the answer carries, the outcome of a lapse and the letter.
 */
@Component
public class ClockStops {

	private final JdbcClient jdbc;

	private final ReplyDeadlines deadlines;

	private final CaseLedger ledger;

	private final DisclosureRequestWorkflow workflow;

	ClockStops(JdbcClient jdbc, ReplyDeadlines deadlines, CaseLedger ledger, DisclosureRequestWorkflow workflow) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.ledger = ledger;
		this.workflow = workflow;
	}

	/**
	 * Opens the case's {@code kind} window of {@code workingDays} working days, its
	 * notice sent {@code on}. It awaits service: it runs from the day the addressee
	 * receives the notice (条例 arts 30, 32, 34; 国办函〔2020〕109号 as the 四川 notice words it;
	 * docs/clocks.md, "Windows from receipt").
	 */
	ClockStop open(CaseId id, Kind kind, String addressee, LocalDate on, int workingDays) {
		jdbc.sql("""
				insert into case_clock_stop (case_id, kind, addressee, sent_on, working_days)
				values (?, ?, ?, ?, ?)""").params(id.value(), kind.name(), addressee, on, workingDays).update();
		return of(id, kind).orElseThrow();
	}

	/**
	 * The addressee received the notice {@code on}: the window starts, its last day
	 * {@code workingDays} working days later. Nothing changes for a window already served
	 * or ended (a later service of the same notice does not restart it).
	 * @return the window, if it started now
	 */
	public Optional<ClockStop> served(CaseId id, Kind kind, LocalDate on) {
		return of(id, kind).filter(ClockStop::awaitingService).map(window -> {
			LocalDate due = deadlines.addWorkingDays(on, window.workingDays());
			jdbc.sql("update case_clock_stop set served_on = ?, due_on = ? where case_id = ? and kind = ?")
				.params(on, due, id.value(), kind.name())
				.update();
			return of(id, kind).orElseThrow();
		});
	}

	/**
	 * The answer (a correction, a payment, an opinion, an explanation) arrived {@code on}
	 * — the actual day of arrival, by post or bank transfer too: never before the notice
	 * was sent, never in the future, never after the window's last day.
	 */
	ClockStop answered(CaseId id, Kind kind, LocalDate on, LocalDate today) {
		return answer(id, kind, on, today, true);
	}

	/**
	 * After the window ran out, the case officer records that the answer did arrive on
	 * {@code on} — possibly after the last day (a letter posted in time, a transfer
	 * credited late).
	 */
	ClockStop answeredAfterLapse(CaseId id, Kind kind, LocalDate on, LocalDate today) {
		return answer(id, kind, on, today, false);
	}

	/**
	 * A 正当理由 for the delay: the window runs until {@code lastDay}, a working day after
	 * today; its length is measured again so that a calendar load re-dates it from its
	 * start.
	 */
	ClockStop extendTo(CaseId id, Kind kind, LocalDate lastDay, LocalDate today) {
		ClockStop window = of(id, kind).filter(w -> !w.ended() && w.servedOn() != null)
			.orElseThrow(() -> new StateRefusal("refusal.casework.stop.notWaiting"));
		if (lastDay == null || !lastDay.isAfter(today)) {
			throw new Refusal("refusal.casework.stop.newDueAfterToday");
		}
		int length = deadlines.workingDaysBetween(window.servedOn(), lastDay);
		if (deadlines.addWorkingDays(window.servedOn(), length).compareTo(lastDay) != 0) {
			throw new Refusal("refusal.casework.stop.newDueWorkingDay");
		}
		jdbc.sql("update case_clock_stop set due_on = ?, working_days = ? where case_id = ? and kind = ?")
			.params(lastDay, length, id.value(), kind.name())
			.update();
		return of(id, kind).orElseThrow();
	}

	/**
	 * The case officer confirms that a 补正 or fee window ran out 逾期且无正当理由; the process
	 * then ends the request (（六）1 or （六）2) in its own job.
	 */
	void confirmLapse(GongkaiUser officer, DisclosureCase current, Kind kind) {
		ClockStop window = of(current.id(), kind).filter(w -> w.dueOn() != null && !w.ended())
			.orElseThrow(() -> new StateRefusal("refusal.casework.stop.noLapsedWindow"));
		ledger.append(current.id(), officer.id(), officer.displayName(), LedgerAction.LAPSE_CONFIRMED, kind.basis(),
				Map.of("kind", kind.name(), "dueOn", window.dueOn().toString()));
		workflow.complete(current.reference(), confirmTask(kind), LapseDecision.CONFIRMED);
	}

	/**
	 * The case officer accepts a 正当理由 for the delay: the window runs again until
	 * {@code lastDay}, and the case waits in it with a new lapse timer.
	 */
	ClockStop excuseLapse(GongkaiUser officer, DisclosureCase current, Kind kind, String reason, LocalDate lastDay,
			LocalDate today) {
		String why = Texts.require(reason, "正当理由", 1000);
		ClockStop before = of(current.id(), kind).orElseThrow();
		ClockStop window = extendTo(current.id(), kind, lastDay, today);
		ledger.append(current.id(), officer.id(), officer.displayName(), LedgerAction.LAPSE_EXCUSED, kind.basis(),
				Map.of("kind", kind.name(), "reason", why, "dueBefore", String.valueOf(before.dueOn()), "dueAfter",
						lastDay.toString()));
		workflow.complete(current.reference(), confirmTask(kind), LapseDecision.NEW_DATE);
		return window;
	}

	/** Completes the confirmation task of a lapsed window: the answer had arrived. */
	void arrivedAfterLapse(DisclosureCase current, Kind kind) {
		workflow.complete(current.reference(), confirmTask(kind), LapseDecision.ARRIVED);
	}

	/** The task in which the case officer decides on a lapsed window of {@code kind}. */
	private static String confirmTask(Kind kind) {
		return switch (kind) {
			case CORRECTION -> Elements.TASK_CONFIRM_CORRECTION_LAPSE;
			case FEE -> Elements.TASK_CONFIRM_FEE_LAPSE;
			case CONSULTATION, EXPLANATION -> throw new Refusal("refusal.casework.stop.lapseNeedsNoConfirmation", kind);
		};
	}

	private ClockStop answer(CaseId id, Kind kind, LocalDate on, LocalDate today, boolean withinWindow) {
		ClockStop window = of(id, kind).filter(w -> !w.ended())
			.orElseThrow(() -> new StateRefusal("refusal.casework.stop.notWaiting"));
		if (on == null) {
			throw new Refusal("refusal.casework.stop.receivedOnRequired");
		}
		if (on.isBefore(window.sentOn())) {
			throw new Refusal("refusal.casework.stop.receivedBeforeNotice", kind.notice().title(), window.sentOn());
		}
		if (on.isAfter(today)) {
			throw new Refusal("refusal.casework.stop.receivedAfterToday");
		}
		if (withinWindow && window.dueOn() != null && on.isAfter(window.dueOn())) {
			throw new StateRefusal("refusal.casework.stop.lapsed", window.dueOn(), kind.rule());
		}
		jdbc.sql("update case_clock_stop set answered_on = ? where case_id = ? and kind = ?")
			.params(on, id.value(), kind.name())
			.update();
		return of(id, kind).orElseThrow();
	}

	/**
	 * The day an answer arrived: as the officer records it (a letter, a bank transfer
	 * that arrived earlier), or today when the applicant submits it online.
	 */
	static LocalDate arrival(GongkaiUser by, LocalDate recorded, LocalDate today) {
		if (recorded == null) {
			return today;
		}
		if (!by.role().isOfficer()) {
			throw new Refusal("refusal.casework.stop.onlineReceivedOnSubmission");
		}
		return recorded;
	}

	/**
	 * The window ran out without an answer. A window whose notice was never served cannot
	 * run out.
	 */
	void lapsed(CaseId id, Kind kind) {
		if (of(id, kind).map(ClockStop::awaitingService).orElse(true)) {
			throw new StateRefusal("refusal.casework.stop.noticeNotDelivered", kind.notice().title());
		}
		jdbc.sql("update case_clock_stop set lapsed = true where case_id = ? and kind = ?")
			.params(id.value(), kind.name())
			.update();
	}

	/**
	 * Timer expression of every window: it has passed at the start of the day after its
	 * last day (Beijing time). A window awaiting service has no last day: its timer waits
	 * far ahead until the receipt is recorded and the case's timers are recalculated.
	 */
	Date lapsesAt(String caseId, Kind kind) {
		LocalDate due = of(CaseId.of(caseId), kind).orElseThrow().dueOn();
		return due == null ? ReplyDeadlines.notYet() : ReplyDeadlines.startOfDayAfter(due);
	}

	/**
	 * The reason an answer or payment that arrived on {@code on} is accepted after its
	 * window ran out: required if it arrived after the last day (无正当理由 ends the request),
	 * optional otherwise.
	 */
	String reasonAfterLapse(CaseId id, Kind kind, LocalDate on, String reason, String label) {
		LocalDate due = of(id, kind).orElseThrow().dueOn();
		boolean late = on != null && due != null && on.isAfter(due);
		return late ? Texts.require(reason, label, 1000) : Texts.optional(reason, "说明", 1000);
	}

	public Optional<ClockStop> of(CaseId id, Kind kind) {
		return jdbc.sql("select * from case_clock_stop where case_id = ? and kind = ?")
			.params(id.value(), kind.name())
			.query(ClockStops::window)
			.optional();
	}

	/**
	 * The case's windows of every kind, in one query (the case page shows them all).
	 */
	public Map<Kind, ClockStop> of(CaseId id) {
		Map<Kind, ClockStop> windows = new EnumMap<>(Kind.class);
		jdbc.sql("select * from case_clock_stop where case_id = ?")
			.param(id.value())
			.query(ClockStops::window)
			.list()
			.forEach(w -> windows.put(w.kind(), w));
		return windows;
	}

	private static ClockStop window(ResultSet rs, int n) throws SQLException {
		return new ClockStop(new CaseId(rs.getObject("case_id", UUID.class)), Kind.valueOf(rs.getString("kind")),
				rs.getString("addressee"), rs.getObject("sent_on", LocalDate.class),
				rs.getObject("served_on", LocalDate.class), rs.getObject("working_days", Integer.class),
				rs.getObject("due_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
				rs.getBoolean("lapsed"));
	}

	/**
	 * After a calendar change: moves the last day of the window {@code open} waits in to
	 * where its length in working days now ends from its start, with the ledger line; a
	 * window stored without its length (before V75) is measured on the calendar before
	 * the change.
	 * @return whether a date moved (then the case's timers must follow)
	 */
	public boolean redate(DisclosureCase open, CalendarChanged change, WorkingCalendar now) {
		return Kind.waitingIn(open.status())
			.flatMap(kind -> of(open.id(), kind))
			.filter(w -> w.dueOn() != null && !w.ended())
			.map(w -> {
				int days = w.workingDays() != null ? w.workingDays()
						: change.before().workingDaysBetween(w.servedOn(), w.dueOn());
				if (days <= 0) {
					return false;
				}
				LocalDate moved = now.addWorkingDays(w.servedOn(), days);
				if (moved.equals(w.dueOn())) {
					return false;
				}
				jdbc.sql("update case_clock_stop set due_on = ? where case_id = ? and kind = ?")
					.params(moved, open.id().value(), w.kind().name())
					.update();
				ledger.append(open.id(), null, CaseLedger.SYSTEM, w.kind().redated(), change.source(),
						Map.of("year", Integer.toString(change.year()), "dueBefore", w.dueOn().toString(), "dueAfter",
								moved.toString(), "workingDays", Integer.toString(days)));
				return true;
			})
			.orElse(false);
	}

}
