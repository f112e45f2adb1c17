package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * The counts of some case measures as the one aggregation returned them: per agency,
 * applicant column and first result, one count per distinct measure condition. A
 * measure's count is its condition's count summed over the results it admits.
 */
final class CaseCounts {

	private final List<CaseMeasure> measures;

	/** The distinct conditions, in first-seen order: the aggregation's FILTER columns. */
	private final List<String> conditions = new ArrayList<>();

	private final Map<Group, long[]> counts = new LinkedHashMap<>();

	/** One group of the aggregation; {@code outcome} is null for cases never closed. */
	private record Group(UUID agency, ApplicantCategory column, Outcome outcome) {
	}

	CaseCounts(List<CaseMeasure> measures) {
		this.measures = List.copyOf(measures);
		measures.stream().map(CaseMeasure::condition).distinct().forEach(conditions::add);
	}

	List<CaseMeasure> measures() {
		return measures;
	}

	/** The distinct conditions, each one FILTER of the aggregation, in column order. */
	List<String> conditions() {
		return conditions;
	}

	/**
	 * Adds one group's counts, one per {@link #conditions() condition} in order.
	 */
	void add(UUID agency, ApplicantCategory column, Outcome outcome, long[] values) {
		if (values.length != conditions.size()) {
			throw new IllegalArgumentException("one count per condition");
		}
		long[] sum = counts.computeIfAbsent(new Group(agency, column, outcome), g -> new long[conditions.size()]);
		for (int i = 0; i < values.length; i++) {
			sum[i] += values[i];
		}
	}

	/** Adds {@code n} cases of one group to one measure's condition. */
	void add(UUID agency, ApplicantCategory column, Outcome outcome, CaseMeasure measure, long n) {
		if (!measure.admits(outcome)) {
			throw new IllegalArgumentException(measure.key() + " does not count " + outcome);
		}
		long[] values = new long[conditions.size()];
		values[indexOf(measure)] = n;
		add(agency, column, outcome, values);
	}

	private int indexOf(CaseMeasure measure) {
		if (measures.stream().noneMatch(m -> m.key().equals(measure.key()))) {
			throw new IllegalStateException("measure not counted: " + measure.key());
		}
		return conditions.indexOf(measure.condition());
	}

	/**
	 * The count over every agency, for one column, or for all columns when {@code column}
	 * is null.
	 */
	long count(CaseMeasure measure, ApplicantCategory column) {
		return byAgency(measure, column).values().stream().mapToLong(Long::longValue).sum();
	}

	/** The count per agency (agencies with none are absent). */
	Map<UUID, Long> byAgency(CaseMeasure measure, ApplicantCategory column) {
		int i = indexOf(measure);
		Map<UUID, Long> result = new LinkedHashMap<>();
		counts.forEach((group, values) -> {
			if ((column == null || Objects.equals(group.column(), column)) && measure.admits(group.outcome())) {
				result.merge(group.agency(), values[i], Long::sum);
			}
		});
		result.values().removeIf(v -> v == 0);
		return result;
	}

}
