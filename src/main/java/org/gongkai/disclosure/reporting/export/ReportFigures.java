package org.gongkai.disclosure.reporting.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.disclosure.casework.views.YearFigures;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.stereotype.Component;

/**
 * The figures behind the export's charts, as casework counts them for the year
 * ({@link YearFigures}, over its read contract {@code case_report}, never Camunda
 * history): requests received per month of the year; requests closed in the year by
 * outcome group; and how many working days each closed request took from receipt (day 0)
 * to its answer, in buckets.
 */
@Component
class ReportFigures {

	private final YearFigures figures;

	ReportFigures(YearFigures figures) {
		this.figures = figures;
	}

	record Figures(long[] receivedPerMonth, Map<String, Long> outcomeMix, Map<String, Long> workingDays) {
	}

	Figures of(Collection<AgencyId> agencyIds, int year) {
		Map<String, Long> days = new LinkedHashMap<>();
		YearFigures.DAY_BUCKETS.forEach(b -> days.put(b, 0L));
		for (YearFigures.DaysToAnswer d : figures.daysToAnswer(agencyIds, year)) {
			days.merge(YearFigures.DAY_BUCKETS.get(YearFigures.bucket(d.workingDays())), d.count(), Long::sum);
		}
		return new Figures(figures.receivedPerMonth(agencyIds, year), figures.closedByResultGroup(agencyIds, year),
				days);
	}

}
