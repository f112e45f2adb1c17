package org.gongkai.disclosure.casework.process;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.Cases;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.deadlines.ClockPeriod;
import org.gongkai.disclosure.deadlines.ClockPeriods;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.stereotype.Component;

/**
 * Where a case's state and its statutory clock change together: the new status, the clock
 * period that starts (with its legal basis), and the process's deadline timers
 * re-evaluated — one place, so no step can move one without the others. Also "today" as
 * the offices count it (Beijing time).
 */
@Component
public class CaseClock {

	private final Cases cases;

	private final ClockPeriods clocks;

	private final DisclosureRequestWorkflow workflow;

	private final Clock clock;

	CaseClock(Cases cases, ClockPeriods clocks, DisclosureRequestWorkflow workflow, Clock clock) {
		this.cases = cases;
		this.clocks = clocks;
		this.workflow = workflow;
		this.clock = clock;
	}

	public LocalDate today() {
		return ReplyDeadlines.today(clock);
	}

	/**
	 * Stores {@code next} (read as {@code current}), starts a {@code kind} clock period
	 * on {@code on}, moves the timers.
	 */
	public void move(DisclosureCase current, DisclosureCase next, ClockPeriod.Kind kind, LocalDate on,
			String legalBasis) {
		cases.update(next, current.status());
		clocks.switchTo(current.id().value(), kind, on, legalBasis);
		workflow.recalculateTimers(current.reference());
	}

	/**
	 * The clock stops from {@code on} while the case waits in {@code waiting} (a fee, a
	 * consultation, an explanation).
	 */
	public void suspend(DisclosureCase current, CaseStatus waiting, LocalDate on, String legalBasis) {
		move(current, current.waitingFor(waiting), ClockPeriod.Kind.SUSPENDED, on, legalBasis);
	}

	/**
	 * The case waits in {@code waiting} while its clock keeps running (an art-35
	 * explanation where the agency lets it run, docs/statute.md#art-35).
	 */
	public void awaitRunning(DisclosureCase current, CaseStatus waiting) {
		cases.update(current.waitingFor(waiting), current.status());
	}

	/**
	 * The wait is over: the case is back in handling; a clock that stopped for the wait
	 * runs again from {@code on} with the days left, one that kept running runs on.
	 */
	public void endWait(DisclosureCase current, LocalDate on, String legalBasis) {
		boolean stopped = clocks.of(current.id().value())
			.stream()
			.anyMatch(p -> p.isCurrent() && p.kind() == ClockPeriod.Kind.SUSPENDED);
		if (stopped) {
			resume(current, on, legalBasis);
		}
		else {
			cases.update(current.resumed(), current.status());
		}
	}

	/**
	 * The wait is over: the case is back in handling and the clock runs again from
	 * {@code on} with the days left.
	 */
	public void resume(DisclosureCase current, LocalDate on, String legalBasis) {
		move(current, current.resumed(), ClockPeriod.Kind.RUNNING, on, legalBasis);
	}

}
