package org.gongkai.disclosure.casework.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A year's figures of some agencies' requests, over casework's read contract
 * {@code case_report} (never Camunda history), counted as the annual report counts them:
 * a request in the month it was received; a closed request once, at its first closing,
 * with that closing's result. The head's dashboard ({@link OfficeDashboard}) and the
 * annual report's export charts both draw from here, so they cannot disagree.
 */
@Repository
public class YearFigures {

	/**
	 * Working days from receipt to the answer, in buckets: the statutory 20 (条例 art 33
	 * ¶1) in quarters, then the extension's 20 more (art 33 ¶2) in halves, then later.
	 */
	public static final List<String> DAY_BUCKETS = List.of("0–5", "6–10", "11–15", "16–20", "21–30", "31–40", "40以上");

	private static final int[] BUCKET_UPPER_BOUNDS = { 5, 10, 15, 20, 30, 40 };

	private final JdbcClient jdbc;

	private final Calendars calendars;

	YearFigures(JdbcClient jdbc, Calendars calendars) {
		this.jdbc = jdbc;
		this.calendars = calendars;
	}

	/** Requests received in each month of the year: index 0 is January. */
	public long[] receivedPerMonth(Collection<AgencyId> agencies, int year) {
		long[] months = new long[12];
		jdbc.sql("""
				select extract(month from received_on)::int as month, count(*) as n from case_report
				where agency_id in (:agencies) and received_on between :first and :last group by 1""")
			.param("agencies", values(agencies))
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				months[rs.getInt("month") - 1] = rs.getLong("n");
			});
		return months;
	}

	/**
	 * The requests first closed in the year by the report's groups of results (予以公开,
	 * 部分公开, then 不予公开, 无法提供, 不予处理, 其他处理 as wholes), every group in the statute's order,
	 * with zero where none.
	 */
	public Map<String, Long> closedByResultGroup(Collection<AgencyId> agencies, int year) {
		Map<String, Long> mix = new LinkedHashMap<>();
		for (Outcome o : Outcome.values()) {
			mix.putIfAbsent(group(o), 0L);
		}
		jdbc.sql("""
				select counted_outcome as outcome, count(*) as n from case_report
				where agency_id in (:agencies) and counted_closed_on between :first and :last group by 1""")
			.param("agencies", values(agencies))
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				mix.merge(group(Outcome.valueOf(rs.getString("outcome"))), rs.getLong("n"), Long::sum);
			});
		return mix;
	}

	/**
	 * How many working days the requests first closed in the year took from receipt (day
	 * 0) to that closing, counted with the deadlines' working-day calendar (调休 make-up
	 * days work, holidays do not), suspensions (补正, fee, consultation) included: how many
	 * requests took each number of days.
	 */
	public List<DaysToAnswer> daysToAnswer(Collection<AgencyId> agencies, int year) {
		WorkingCalendar calendar = calendars.current();
		List<DaysToAnswer> days = new ArrayList<>();
		jdbc.sql("""
				select received_on, counted_closed_on, count(*) as n from case_report
				where agency_id in (:agencies) and counted_closed_on between :first and :last
				group by 1, 2""")
			.param("agencies", values(agencies))
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				days.add(new DaysToAnswer(calendar.workingDaysBetween(rs.getObject("received_on", LocalDate.class),
						rs.getObject("counted_closed_on", LocalDate.class)), rs.getLong("n")));
			});
		return days;
	}

	/** The label of the report's group a result is counted in (or its own, if none). */
	public static String group(Outcome o) {
		return o.group() == null ? o.plainLabel() : o.group().plainLabel();
	}

	/** The index in {@link #DAY_BUCKETS} of a number of working days. */
	public static int bucket(long workingDays) {
		for (int i = 0; i < BUCKET_UPPER_BOUNDS.length; i++) {
			if (workingDays <= BUCKET_UPPER_BOUNDS[i]) {
				return i;
			}
		}
		return BUCKET_UPPER_BOUNDS.length;
	}

	/** {@code count} requests took {@code workingDays} working days to answer. */
	public record DaysToAnswer(int workingDays, long count) {
	}

	private static List<UUID> values(Collection<AgencyId> agencies) {
		return agencies.stream().map(AgencyId::value).toList();
	}

}
