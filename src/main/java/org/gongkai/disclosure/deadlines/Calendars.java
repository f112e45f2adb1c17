package org.gongkai.disclosure.deadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The working-day calendar as kept in the database ({@code deadline_calendar_day}, {@code deadline_calendar_year}).
 * Reads are served from an immutable in-memory snapshot; {@link #reload()} swaps it after an administrator edit.
 */
@Repository
public class Calendars {

    private final JdbcClient jdbc;
    private final AtomicReference<WorkingCalendar> snapshot = new AtomicReference<>();

    Calendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkingCalendar current() {
        WorkingCalendar calendar = snapshot.get();
        return calendar != null ? calendar : reload();
    }

    public WorkingCalendar reload() {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        jdbc.sql("select day, kind, name from deadline_calendar_day")
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list()
                .forEach(d -> days.put(d.date(), d));
        Set<Integer> years = new HashSet<>(jdbc.sql("select year from deadline_calendar_year")
                .query(Integer.class).list());
        WorkingCalendar calendar = new WorkingCalendar(days, years);
        snapshot.set(calendar);
        return calendar;
    }
}
