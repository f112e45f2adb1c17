package org.gongkai.disclosure.reporting.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.decisions.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the export's charts, read-only, in SQL over casework's read contract
 * ({@code case_report}, never Camunda history): requests received per month of the year;
 * requests closed in the year by outcome group; and how many working days each closed
 * request took from receipt (day 0) to its answer, counted with the working-day calendar
 * of every deadline ({@link Calendars}: 调休 make-up days work, holidays do not).
 */
@Repository
class ReportFigures {

	/**
	 * Buckets of working days to answer: up to 5, 6–10, …, 16–20 (the statutory 20),
	 * 21–40 (extended), over 40.
	 */
	static final List<String> DAY_BUCKETS = List.of("0–5", "6–10", "11–15", "16–20", "21–30", "31–40", "40以上");

	private final JdbcClient jdbc;

	private final Calendars calendars;

	ReportFigures(JdbcClient jdbc, Calendars calendars) {
		this.jdbc = jdbc;
		this.calendars = calendars;
	}

	record Figures(long[] receivedPerMonth, Map<String, Long> outcomeMix, Map<String, Long> workingDays) {
	}

	Figures of(Collection<UUID> agencyIds, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		long[] months = new long[12];
		jdbc.sql("""
				select extract(month from received_on)::int as month, count(*) as n from case_report
				where agency_id in (:agencies) and received_on between :first and :last group by 1""")
			.param("agencies", agencyIds)
			.param("first", first)
			.param("last", last)
			.query(rs -> {
				months[rs.getInt("month") - 1] = rs.getLong("n");
			});

		Map<String, Long> mix = new LinkedHashMap<>();
		for (Outcome o : Outcome.values()) {
			mix.putIfAbsent(group(o), 0L);
		}
		jdbc.sql("""
				select counted_outcome as outcome, count(*) as n from case_report
				where agency_id in (:agencies) and counted_closed_on between :first and :last group by 1""")
			.param("agencies", agencyIds)
			.param("first", first)
			.param("last", last)
			.query(rs -> {
				mix.merge(group(Outcome.valueOf(rs.getString("outcome"))), rs.getLong("n"), Long::sum);
			});

		Map<String, Long> days = new LinkedHashMap<>();
		DAY_BUCKETS.forEach(b -> days.put(b, 0L));
		WorkingCalendar calendar = calendars.current();
		jdbc.sql("""
				select received_on, counted_closed_on, count(*) as n from case_report
				where agency_id in (:agencies) and counted_closed_on between :first and :last
				group by 1, 2""").param("agencies", agencyIds).param("first", first).param("last", last).query(rs -> {
			int workingDays = calendar.workingDaysBetween(rs.getObject("received_on", LocalDate.class),
					rs.getObject("counted_closed_on", LocalDate.class));
			days.merge(bucket(workingDays), rs.getLong("n"), Long::sum);
		});
		return new Figures(months, mix, days);
	}

	static String group(Outcome o) {
		return o.group() == null ? o.plainLabel() : o.group().plainLabel();
	}

	static String bucket(long workingDays) {
		if (workingDays <= 5) {
			return DAY_BUCKETS.get(0);
		}
		else if (workingDays <= 10) {
			return DAY_BUCKETS.get(1);
		}
		else if (workingDays <= 15) {
			return DAY_BUCKETS.get(2);
		}
		else if (workingDays <= 20) {
			return DAY_BUCKETS.get(3);
		}
		else if (workingDays <= 30) {
			return DAY_BUCKETS.get(4);
		}
		else if (workingDays <= 40) {
			return DAY_BUCKETS.get(5);
		}
		return DAY_BUCKETS.get(6);
	}

}
