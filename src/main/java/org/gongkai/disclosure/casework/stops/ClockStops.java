package org.gongkai.disclosure.casework.stops;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.history.CaseLedger;
import org.gongkai.disclosure.casework.stops.ClockStop.Kind;
import org.gongkai.disclosure.deadlines.CalendarChanged;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
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

	ClockStops(JdbcClient jdbc, ReplyDeadlines deadlines, CaseLedger ledger) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.ledger = ledger;
	}

	/**
	 * Opens the case's {@code kind} window, its notice sent {@code on}:
	 * {@code workingDays} working days from that day.
	 */
	ClockStop open(CaseId id, Kind kind, String addressee, LocalDate on, int workingDays) {
		LocalDate due = deadlines.addWorkingDays(on, workingDays);
		jdbc.sql("""
				insert into case_clock_stop (case_id, kind, addressee, sent_on, served_on, working_days, due_on)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), kind.name(), addressee, on, on, workingDays, due)
			.update();
		return of(id, kind).orElseThrow();
	}

	/** The answer arrived {@code on}: the window ends. */
	void answered(CaseId id, Kind kind, LocalDate on) {
		jdbc.sql("update case_clock_stop set answered_on = ? where case_id = ? and kind = ?")
			.params(on, id.value(), kind.name())
			.update();
	}

	/** The window ran out without an answer. */
	void lapsed(CaseId id, Kind kind) {
		jdbc.sql("update case_clock_stop set lapsed = true where case_id = ? and kind = ?")
			.params(id.value(), kind.name())
			.update();
	}

	/**
	 * Timer expression of every window: it has passed at the start of the day after its
	 * last day (Beijing time).
	 */
	Date lapsesAt(String caseId, Kind kind) {
		return ReplyDeadlines.startOfDayAfter(of(CaseId.of(caseId), kind).orElseThrow().dueOn());
	}

	public Optional<ClockStop> of(CaseId id, Kind kind) {
		return jdbc.sql("select * from case_clock_stop where case_id = ? and kind = ?")
			.params(id.value(), kind.name())
			.query((rs, n) -> new ClockStop(new CaseId(rs.getObject("case_id", UUID.class)),
					Kind.valueOf(rs.getString("kind")), rs.getString("addressee"),
					rs.getObject("sent_on", LocalDate.class), rs.getObject("served_on", LocalDate.class),
					rs.getObject("working_days", Integer.class), rs.getObject("due_on", LocalDate.class),
					rs.getObject("answered_on", LocalDate.class), rs.getBoolean("lapsed")))
			.optional();
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
