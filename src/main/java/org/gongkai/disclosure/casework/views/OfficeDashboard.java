package org.gongkai.disclosure.casework.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.deadlines.WorkingCalendar;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The head of office's overview of the office's work (issue 16): requests received per
 * month, the results of the requests closed in the year, the open cases and the overdue
 * ones by step and by department, and how many working days the answers took. Each figure
 * is one aggregating query: the year's figures over casework's read contract
 * {@code case_report} (the annual report counts the same rows, a request's first closing
 * and its result), the open work over the cases and the engine's open tasks
 * ({@link DisclosureRequestWorkflow#openCasesByStep}) and the departments' open routings.
 */
@Service
public class OfficeDashboard {

	/**
	 * The first year that can be shown: the working-day calendar's first (the 2007 条例
	 * came into force in 2008).
	 */
	static final int FIRST_YEAR = 2008;

	/**
	 * Working days from receipt to the answer, in the buckets of the annual report's
	 * export chart: the statutory 20 (条例 art 33 ¶1) in quarters, then the extension's 20
	 * more (art 33 ¶2), then later.
	 */
	static final List<String> DAY_BUCKETS = List.of("0–5", "6–10", "11–15", "16–20", "21–30", "31–40", "40以上");

	/** Working days an answer is due in without an extension (条例 art 33 ¶1). */
	static final int STATUTORY_DAYS = 20;

	private final JdbcClient jdbc;

	private final DisclosureRequestWorkflow workflow;

	private final Calendars calendars;

	private final Clock clock;

	OfficeDashboard(JdbcClient jdbc, DisclosureRequestWorkflow workflow, Calendars calendars, Clock clock) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.calendars = calendars;
		this.clock = clock;
	}

	/**
	 * The overview of the head's own agency; the year's figures for {@code year} (the
	 * current year when null), the open work as it stands today.
	 * @throws IllegalArgumentException for a year before {@value #FIRST_YEAR} or after
	 * this one
	 */
	@PreAuthorize("hasRole('HEAD_OF_OFFICE')")
	public Dashboard of(GongkaiUser head, Integer year) {
		LocalDate today = ReplyDeadlines.today(clock);
		int shown = year == null ? today.getYear() : year;
		if (shown < FIRST_YEAR || shown > today.getYear()) {
			throw new Refusal("refusal.casework.dashboard.year", FIRST_YEAR, today.getYear());
		}
		UUID agency = head.agencyId();
		WorkingCalendar calendar = calendars.current();
		LocalDate overdueFrom = lastWorkingDayOnOrBefore(today, calendar);
		return new Dashboard(shown, today, intake(agency, shown, today), outcomes(agency, shown),
				byStep(agency, overdueFrom), byDepartment(agency, overdueFrom), answerTimes(agency, shown, calendar));
	}

	/**
	 * Requests received in each month of the year (up to this month in the current year),
	 * beside the same month of the year before.
	 */
	private List<MonthIntake> intake(UUID agency, int year, LocalDate today) {
		long[][] counts = new long[2][12];
		jdbc.sql("""
				select extract(year from received_on)::int as year, extract(month from received_on)::int as month,
				       count(*) as n
				from case_report
				where agency_id = :agency and received_on between :first and :last
				group by 1, 2""")
			.param("agency", agency)
			.param("first", LocalDate.of(year - 1, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				counts[rs.getInt("year") - year + 1][rs.getInt("month") - 1] = rs.getLong("n");
			});
		int months = year == today.getYear() ? today.getMonthValue() : 12;
		List<MonthIntake> intake = new ArrayList<>();
		for (int m = 1; m <= months; m++) {
			intake.add(new MonthIntake(m, counts[1][m - 1], counts[0][m - 1]));
		}
		return intake;
	}

	/**
	 * The results of the requests closed in the year, by their first closing (as the
	 * annual report counts them), in the report's groups: 予以公开, 部分公开, then 不予公开, 无法提供,
	 * 不予处理, 其他处理 as wholes; only those that occur.
	 */
	private List<Share> outcomes(UUID agency, int year) {
		Map<String, Long> mix = new LinkedHashMap<>();
		Map<String, String> keys = new LinkedHashMap<>();
		for (Outcome o : Outcome.values()) {
			mix.putIfAbsent(group(o), 0L);
			keys.putIfAbsent(group(o), o.group() == null ? "enum.Outcome." + o.name() + ".plainLabel"
					: "enum.OutcomeGroup." + o.group().name() + ".plainLabel");
		}
		jdbc.sql("""
				select counted_outcome as outcome, count(*) as n from case_report
				where agency_id = :agency and counted_closed_on between :first and :last
				group by 1""")
			.param("agency", agency)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				mix.merge(group(Outcome.valueOf(rs.getString("outcome"))), rs.getLong("n"), Long::sum);
			});
		return mix.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> new Share(keys.get(e.getKey()), e.getKey(), e.getValue()))
			.toList();
	}

	private static String group(Outcome o) {
		return o.group() == null ? o.plainLabel() : o.group().plainLabel();
	}

	/**
	 * Open cases by the step they wait at, the most urgent step first: the task's name,
	 * or for a case waiting for someone outside the office its status (待申请人补正 …).
	 */
	private List<Workload> byStep(UUID agency, LocalDate overdueFrom) {
		Map<String, long[]> steps = new LinkedHashMap<>();
		Map<String, String> keys = new LinkedHashMap<>();
		for (DisclosureRequestWorkflow.StepCount s : workflow.openCasesByStep(agency, overdueFrom)) {
			String label = s.taskKey() != null ? s.taskName() : CaseStatus.valueOf(s.status()).label();
			keys.putIfAbsent(label, s.taskKey() != null ? "process." + s.taskKey() : "enum.CaseStatus." + s.status());
			long[] counts = steps.computeIfAbsent(label, l -> new long[2]);
			counts[0] += s.open();
			counts[1] += s.overdue();
		}
		return steps.entrySet()
			.stream()
			.map(e -> new Workload(keys.get(e.getKey()), e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	/**
	 * What each department still has to answer on the agency's open cases (the current
	 * round of routing), and how much of it is past the department's due date.
	 */
	private List<Workload> byDepartment(UUID agency, LocalDate overdueFrom) {
		return jdbc.sql("""
				select a.name, count(*) as open, count(*) filter (where r.due_on < :overdueFrom) as overdue
				from case_routing r
				join disclosure_case d on d.id = r.case_id
				join agency a on a.id = r.department_id
				where d.agency_id = :agency and d.closed_on is null and r.answered_on is null
				  and r.round = (select max(round) from case_routing x where x.case_id = r.case_id)
				group by a.name
				order by overdue desc, open desc, a.name""")
			.param("agency", agency)
			.param("overdueFrom", overdueFrom)
			.query((rs, n) -> new Workload(null, rs.getString("name"), rs.getLong("open"), rs.getLong("overdue")))
			.list();
	}

	/**
	 * How many working days the requests closed in the year took from receipt (day 0) to
	 * their first closing, counted with the deadlines' working-day calendar (调休 make-up
	 * days work, holidays do not), suspensions (补正, fee, consultation) included.
	 */
	private AnswerTimes answerTimes(UUID agency, int year, WorkingCalendar calendar) {
		long[] buckets = new long[DAY_BUCKETS.size()];
		List<long[]> daysAndCounts = new ArrayList<>();
		jdbc.sql("""
				select received_on, counted_closed_on, count(*) as n from case_report
				where agency_id = :agency and counted_closed_on between :first and :last
				group by 1, 2""")
			.param("agency", agency)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				int days = calendar.workingDaysBetween(rs.getObject("received_on", LocalDate.class),
						rs.getObject("counted_closed_on", LocalDate.class));
				long n = rs.getLong("n");
				buckets[bucket(days)] += n;
				daysAndCounts.add(new long[] { days, n });
			});
		List<Share> shares = new ArrayList<>();
		for (int i = 0; i < buckets.length; i++) {
			shares
				.add(new Share(i == buckets.length - 1 ? "dashboard.days.more" : null, DAY_BUCKETS.get(i), buckets[i]));
		}
		long closed = daysAndCounts.stream().mapToLong(d -> d[1]).sum();
		long inTime = daysAndCounts.stream().filter(d -> d[0] <= STATUTORY_DAYS).mapToLong(d -> d[1]).sum();
		return new AnswerTimes(shares, closed, inTime, median(daysAndCounts, closed));
	}

	static int bucket(int workingDays) {
		int[] upper = { 5, 10, 15, 20, 30, 40 };
		for (int i = 0; i < upper.length; i++) {
			if (workingDays <= upper[i]) {
				return i;
			}
		}
		return upper.length;
	}

	/**
	 * The (lower) median of the working days, each weighed by its count; null if none.
	 */
	private static Integer median(List<long[]> daysAndCounts, long total) {
		if (total == 0) {
			return null;
		}
		List<long[]> sorted = new ArrayList<>(daysAndCounts);
		sorted.sort((a, b) -> Long.compare(a[0], b[0]));
		long middle = (total + 1) / 2;
		long seen = 0;
		for (long[] d : sorted) {
			seen += d[1];
			if (seen >= middle) {
				return Math.toIntExact(d[0]);
			}
		}
		throw new IllegalStateException("unreachable");
	}

	/**
	 * The day from which an unmet due date is overdue: the last working day on or before
	 * today (a deadline that fell on Friday is overdue on Monday, not yet on the weekend,
	 * as the task list counts it).
	 */
	private static LocalDate lastWorkingDayOnOrBefore(LocalDate today, WorkingCalendar calendar) {
		LocalDate day = today;
		while (!calendar.isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/** The overview, as the dashboard page and its JSON show it. */
	public record Dashboard(int year, LocalDate today, List<MonthIntake> intake, List<Share> outcomes,
			List<Workload> byStep, List<Workload> byDepartment, AnswerTimes answerTimes) {

		/** Open cases of the agency, all steps. */
		public long open() {
			return byStep.stream().mapToLong(Workload::open).sum();
		}

		/** Requests closed in the year (their first closing). */
		public long closed() {
			return outcomes.stream().mapToLong(Share::count).sum();
		}

		/** Open cases past their answer date. */
		public long overdue() {
			return byStep.stream().mapToLong(Workload::overdue).sum();
		}

	}

	/**
	 * Requests received in one month ({@code month} 1–12) of the year and the year
	 * before.
	 */
	public record MonthIntake(int month, long thisYear, long lastYear) {
	}

	/**
	 * A labelled count: {@code label} in Chinese, and {@code key} the message that words
	 * it in the page's language (null where the label reads the same in every language).
	 */
	public record Share(String key, String label, long count) {
	}

	/**
	 * Open work at one step or department, and how much of it is overdue; {@code key}
	 * words a step in the page's language (null for a department, whose name is data).
	 */
	public record Workload(String key, String label, long open, long overdue) {
	}

	/**
	 * Working days to answer: the requests closed in the year per bucket, how many, how
	 * many within the statutory 20 working days, and the median (null if none).
	 */
	public record AnswerTimes(List<Share> buckets, long closed, long withinStatutoryDays, Integer median) {
	}

}
