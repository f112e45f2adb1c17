package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar as kept in the database ({@code deadline_calendar_day},
 * {@code deadline_calendar_year}). Reads are served from an immutable in-memory snapshot;
 * {@link #reload()} swaps it after an administrator edit, and
 * {@link #useUntilTransactionEnds()} lets the editing transaction see its change before
 * anyone else does.
 */
@Repository
public class Calendars {

	private final JdbcClient jdbc;

	private final AtomicReference<WorkingCalendar> snapshot = new AtomicReference<>();

	Calendars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public WorkingCalendar current() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// a change being made in this transaction: its own calendar, invisible to
			// everyone else until commit
			WorkingCalendar pending = (WorkingCalendar) TransactionSynchronizationManager.getResource(this);
			if (pending != null) {
				return pending;
			}
		}
		WorkingCalendar calendar = snapshot.get();
		return calendar != null ? calendar : reload();
	}

	/**
	 * Within the current transaction only, the calendar as this transaction has written
	 * it; the shared snapshot follows the database when the transaction ends (committed
	 * or not).
	 */
	public void useUntilTransactionEnds() {
		TransactionSynchronizationManager.bindResource(this, read());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(Calendars.this);
				reload();
			}
		});
	}

	public WorkingCalendar reload() {
		WorkingCalendar calendar = read();
		snapshot.set(calendar);
		return calendar;
	}

	private WorkingCalendar read() {
		Map<LocalDate, CalendarDay> days = new HashMap<>();
		jdbc.sql("select day, kind, name from deadline_calendar_day")
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
					CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list()
			.forEach(d -> days.put(d.date(), d));
		Set<Integer> years = new HashSet<>(
				jdbc.sql("select year from deadline_calendar_year").query(Integer.class).list());
		return new WorkingCalendar(days, years);
	}

}
