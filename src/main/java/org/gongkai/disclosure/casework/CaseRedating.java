package org.gongkai.disclosure.casework;

import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * When an administrator changes the working-day calendar, every open case whose reply
 * deadline moves is re-dated: the ledger records the old and the new date and why, and
 * the case's process timers follow. In the same transaction as the change, so a calendar
 * is never current without its consequences.
 */
@Component
class CaseRedating {

	private final Cases cases;

	private final Calendars calendars;

	private final CaseLedger ledger;

	private final DisclosureRequestWorkflow workflow;

	private final ClockPeriods clocks;

	private final CaseDueDates dueDates;

	CaseRedating(Cases cases, Calendars calendars, CaseLedger ledger, DisclosureRequestWorkflow workflow,
			ClockPeriods clocks, CaseDueDates dueDates) {
		this.clocks = clocks;
		this.dueDates = dueDates;
		this.cases = cases;
		this.calendars = calendars;
		this.ledger = ledger;
		this.workflow = workflow;
	}

	@EventListener
	void on(CalendarChanged change) {
		WorkingCalendar now = calendars.current();
		for (DisclosureCase open : cases.allOpen()) {
			List<ClockPeriod> periods = clocks.of(open.id().value());
			if (periods.isEmpty()) {
				continue; // no statutory clock (e.g. an open case imported from a
							// historic ledger)
			}
			StatutoryClock clock = StatutoryClock.answerClock(periods, clocks.extensionDays(open.id().value()));
			DueDate before = clock.dueDate(change.before());
			DueDate after = clock.dueDate(now);
			if (Objects.equals(before.date(), after.date())
					&& before.remainingWorkingDays() == after.remainingWorkingDays()) {
				continue;
			}
			ledger.append(open.id(), null, CaseLedger.SYSTEM, LedgerAction.REDATED, change.source(),
					Map.of("year", Integer.toString(change.year()), "dueBefore", String.valueOf(before.date()),
							"dueAfter", String.valueOf(after.date())));
			workflow.recalculateTimers(open.reference());
			dueDates.refresh(open.id().value());
		}
	}

}
