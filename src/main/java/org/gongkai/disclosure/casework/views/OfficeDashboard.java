package org.gongkai.disclosure.casework.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.casework.process.DisclosureRequestWorkflow;
import org.gongkai.disclosure.deadlines.Calendars;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.ids.AgencyId;

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

	/** Working days an answer is due in without an extension (条例 art 33 ¶1). */
	static final int STATUTORY_DAYS = 20;

	private final JdbcClient jdbc;

	private final DisclosureRequestWorkflow workflow;

	private final Calendars calendars;

	private final YearFigures figures;

	private final Clock clock;

	OfficeDashboard(JdbcClient jdbc, DisclosureRequestWorkflow workflow, Calendars calendars, YearFigures figures,
			Clock clock) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.calendars = calendars;
		this.figures = figures;
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
		AgencyId agency = head.agencyId();
		LocalDate overdueFrom = calendars.current().lastWorkingDayOnOrBefore(today);
		return new Dashboard(shown, today, intake(agency, shown, today), outcomes(agency, shown),
				byStep(agency, overdueFrom), byDepartment(agency, overdueFrom), answerTimes(agency, shown));
	}

	/**
	 * Requests received in each month of the year (up to this month in the current year),
	 * beside the same month of the year before.
	 */
	private List<MonthIntake> intake(AgencyId agency, int year, LocalDate today) {
		long[] thisYear = figures.receivedPerMonth(List.of(agency), year);
		long[] lastYear = figures.receivedPerMonth(List.of(agency), year - 1);
		int months = year == today.getYear() ? today.getMonthValue() : 12;
		List<MonthIntake> intake = new ArrayList<>();
		for (int m = 1; m <= months; m++) {
			intake.add(new MonthIntake(m, thisYear[m - 1], lastYear[m - 1]));
		}
		return intake;
	}

	/**
	 * The results of the requests closed in the year, by their first closing (as the
	 * annual report counts them), in the report's groups: 予以公开, 部分公开, then 不予公开, 无法提供,
	 * 不予处理, 其他处理 as wholes; only those that occur.
	 */
	private List<Share> outcomes(AgencyId agency, int year) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (Outcome o : Outcome.values()) {
			keys.putIfAbsent(YearFigures.group(o), o.group() == null ? "enum.Outcome." + o.name() + ".plainLabel"
					: "enum.OutcomeGroup." + o.group().name() + ".plainLabel");
		}
		return figures.closedByResultGroup(List.of(agency), year)
			.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> new Share(keys.get(e.getKey()), e.getKey(), e.getValue()))
			.toList();
	}

	/**
	 * Open cases by the step they wait at, the most urgent step first: the task's name,
	 * or for a case waiting for someone outside the office its status (待申请人补正 …).
	 */
	private List<Workload> byStep(AgencyId agency, LocalDate overdueFrom) {
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
	private List<Workload> byDepartment(AgencyId agency, LocalDate overdueFrom) {
		return jdbc.sql("""
				select a.name, count(*) as open, count(*) filter (where r.due_on < :overdueFrom) as overdue
				from case_routing r
				join disclosure_case d on d.id = r.case_id
				join agency a on a.id = r.department_id
				where d.agency_id = :agency and d.closed_on is null and r.answered_on is null
				  and r.round = (select max(round) from case_routing x where x.case_id = r.case_id)
				group by a.name
				order by overdue desc, open desc, a.name""")
			.param("agency", agency.value())
			.param("overdueFrom", overdueFrom)
			.query((rs, n) -> new Workload(null, rs.getString("name"), rs.getLong("open"), rs.getLong("overdue")))
			.list();
	}

	/**
	 * How many working days the requests closed in the year took from receipt to their
	 * first closing ({@link YearFigures#daysToAnswer}): per bucket, how many within the
	 * statutory days, and the median.
	 */
	private AnswerTimes answerTimes(AgencyId agency, int year) {
		List<YearFigures.DaysToAnswer> days = figures.daysToAnswer(List.of(agency), year);
		long[] buckets = new long[YearFigures.DAY_BUCKETS.size()];
		days.forEach(d -> buckets[YearFigures.bucket(d.workingDays())] += d.count());
		List<Share> shares = new ArrayList<>();
		for (int i = 0; i < buckets.length; i++) {
			shares.add(new Share(i == buckets.length - 1 ? "dashboard.days.more" : null, YearFigures.DAY_BUCKETS.get(i),
					buckets[i]));
		}
		long closed = days.stream().mapToLong(YearFigures.DaysToAnswer::count).sum();
		long inTime = days.stream()
			.filter(d -> d.workingDays() <= STATUTORY_DAYS)
			.mapToLong(YearFigures.DaysToAnswer::count)
			.sum();
		return new AnswerTimes(shares, closed, inTime, median(days, closed));
	}

	/**
	 * The (lower) median of the working days, each weighed by its count; null if none.
	 */
	private static Integer median(List<YearFigures.DaysToAnswer> days, long total) {
		if (total == 0) {
			return null;
		}
		List<YearFigures.DaysToAnswer> sorted = new ArrayList<>(days);
		sorted.sort(Comparator.comparingInt(YearFigures.DaysToAnswer::workingDays));
		long middle = (total + 1) / 2;
		long seen = 0;
		for (YearFigures.DaysToAnswer d : sorted) {
			seen += d.count();
			if (seen >= middle) {
				return d.workingDays();
			}
		}
		throw new IllegalStateException("unreachable");
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
