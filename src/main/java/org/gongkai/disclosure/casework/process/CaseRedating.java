package org.gongkai.disclosure.casework.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.deadlines.CalendarChanged;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.StatutoryClock;
import org.gongkai.disclosure.deadlines.WorkingCalendar;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the working-day calendar (typically: loads the State
 * Council's notice for a year whose dates were provisional), every open case is re-dated:
 * its reply deadline (derived from the clock periods) and the window it is waiting in —
 * 补正 (条例 art 30), 缴费 (国办函〔2020〕109号), 征求意见 (art 32, 34) or 说明理由 (art 35), each stored
 * with its start and its length in working days. Every date that moves gets its ledger
 * line with the old and the new date and the notice as the reason, and the case's process
 * timers follow. In the same transaction as the change, so a calendar is never current
 * without its consequences.
 */
@Component
public class CaseRedating {

	private final Cases cases;

	private final Calendars calendars;

	private final CaseLedger ledger;

	private final DisclosureRequestWorkflow workflow;

	private final ClockPeriods clocks;

	private final JdbcClient jdbc;

	private final CaseDueDates dueDates;

	CaseRedating(Cases cases, Calendars calendars, CaseLedger ledger, DisclosureRequestWorkflow workflow,
			ClockPeriods clocks, JdbcClient jdbc, CaseDueDates dueDates) {
		this.clocks = clocks;
		this.dueDates = dueDates;
		this.cases = cases;
		this.calendars = calendars;
		this.ledger = ledger;
		this.workflow = workflow;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CalendarChanged change) {
		WorkingCalendar now = calendars.current();
		for (DisclosureCase open : cases.allOpen()) {
			boolean replyMoved = redateReply(open, change, now);
			boolean windowMoved = Window.of(open.status()).map(w -> redateWindow(w, open, change, now)).orElse(false);
			if (replyMoved) {
				dueDates.refresh(open.id().value());
			}
			if (replyMoved || windowMoved) {
				workflow.recalculateTimers(open.reference());
			}
		}
	}

	private boolean redateReply(DisclosureCase open, CalendarChanged change, WorkingCalendar now) {
		List<ClockPeriod> periods = clocks.of(open.id().value());
		if (periods.isEmpty()) {
			return false; // no statutory clock (e.g. an open case imported from a
							// historic ledger)
		}
		StatutoryClock clock = StatutoryClock.answerClock(periods, clocks.extensionDays(open.id().value()));
		DueDate before = clock.dueDate(change.before());
		DueDate after = clock.dueDate(now);
		if (Objects.equals(before.date(), after.date())
				&& before.remainingWorkingDays() == after.remainingWorkingDays()) {
			return false;
		}
		ledger.append(open.id(), null, CaseLedger.SYSTEM, LedgerAction.REDATED, change.source(),
				Map.of("year", Integer.toString(change.year()), "dueBefore", String.valueOf(before.date()), "dueAfter",
						String.valueOf(after.date())));
		return true;
	}

	/**
	 * Moves the pending window's last day to where its length in working days now ends; a
	 * window stored without its length (before V75) is measured on the calendar before
	 * the change.
	 */
	private boolean redateWindow(Window window, DisclosureCase open, CalendarChanged change, WorkingCalendar now) {
		return jdbc
			.sql("select %s as starts_on, due_on, working_days from %s where case_id = ?".formatted(window.startColumn,
					window.table))
			.param(open.id().value())
			.query((rs, n) -> {
				LocalDate start = rs.getObject("starts_on", LocalDate.class);
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				Integer length = rs.getObject("working_days", Integer.class);
				int days = length != null ? length : change.before().workingDaysBetween(start, due);
				return new StoredWindow(start, due, days);
			})
			.optional()
			.filter(w -> w.days() > 0)
			.map(w -> {
				LocalDate moved = now.addWorkingDays(w.start(), w.days());
				if (moved.equals(w.due())) {
					return false;
				}
				jdbc.sql("update %s set due_on = ? where case_id = ?".formatted(window.table))
					.params(moved, open.id().value())
					.update();
				ledger.append(open.id(), null, CaseLedger.SYSTEM, window.action, change.source(),
						Map.of("year", Integer.toString(change.year()), "dueBefore", w.due().toString(), "dueAfter",
								moved.toString(), "workingDays", Integer.toString(w.days())));
				return true;
			})
			.orElse(false);
	}

	/** The windows a case waits in, one at a time, by the status that waits for it. */
	private enum Window {

		CORRECTION(CaseStatus.AWAITING_CORRECTION, "case_correction", "notified_on", LedgerAction.CORRECTION_REDATED),
		FEE(CaseStatus.AWAITING_PAYMENT, "case_fee", "notified_on", LedgerAction.FEE_REDATED),
		CONSULTATION(CaseStatus.AWAITING_CONSULTATION, "case_consultation", "sent_on",
				LedgerAction.CONSULTATION_REDATED),
		EXPLANATION(CaseStatus.AWAITING_EXPLANATION, "case_explanation", "requested_on",
				LedgerAction.EXPLANATION_REDATED);

		private final CaseStatus waiting;

		private final String table;

		private final String startColumn;

		private final LedgerAction action;

		Window(CaseStatus waiting, String table, String startColumn, LedgerAction action) {
			this.waiting = waiting;
			this.table = table;
			this.startColumn = startColumn;
			this.action = action;
		}

		static Optional<Window> of(CaseStatus status) {
			for (Window w : values()) {
				if (w.waiting == status) {
					return Optional.of(w);
				}
			}
			return Optional.empty();
		}

	}

	private record StoredWindow(LocalDate start, LocalDate due, int days) {
	}

}
