package org.gongkai.disclosure.casework.process;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.history.LedgerAction;
import org.gongkai.disclosure.casework.stops.ClockStops;
import org.gongkai.disclosure.deadlines.CalendarChanged;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.DueDate;
import org.gongkai.disclosure.deadlines.StatutoryClock;
import org.gongkai.disclosure.deadlines.WorkingCalendar;

import org.springframework.context.event.EventListener;
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

	private final ClockStops stops;

	private final CaseDueDates dueDates;

	CaseRedating(Cases cases, Calendars calendars, CaseLedger ledger, DisclosureRequestWorkflow workflow,
			ClockPeriods clocks, ClockStops stops, CaseDueDates dueDates) {
		this.clocks = clocks;
		this.dueDates = dueDates;
		this.cases = cases;
		this.calendars = calendars;
		this.ledger = ledger;
		this.workflow = workflow;
		this.stops = stops;
	}

	@EventListener
	void on(CalendarChanged change) {
		WorkingCalendar now = calendars.current();
		for (DisclosureCase open : cases.allOpen()) {
			boolean replyMoved = redateReply(open, change, now);
			boolean windowMoved = stops.redate(open, change, now);
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

}
