package org.gongkai.disclosure.reporting;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;

/**
 * The counts of some case measures, per agency and applicant column, as one aggregation
 * returned them.
 */
final class CaseCounts {

	private final List<CaseMeasure> measures;

	private final Map<String, Integer> index = new HashMap<>();

	/** agency → column → counts in measure order. */
	private final Map<UUID, Map<ApplicantCategory, long[]>> counts = new LinkedHashMap<>();

	CaseCounts(List<CaseMeasure> measures) {
		this.measures = measures;
		for (int i = 0; i < measures.size(); i++) {
			index.put(measures.get(i).key(), i);
		}
	}

	List<CaseMeasure> measures() {
		return measures;
	}

	void put(UUID agency, ApplicantCategory column, long[] values) {
		counts.computeIfAbsent(agency, a -> new HashMap<>()).put(column, values);
	}

	private int indexOf(CaseMeasure measure) {
		Integer i = index.get(measure.key());
		if (i == null) {
			throw new IllegalStateException("measure not counted: " + measure.key());
		}
		return i;
	}

	/**
	 * The count over every agency, for one column, or for all columns when {@code column}
	 * is null.
	 */
	long count(CaseMeasure measure, ApplicantCategory column) {
		int i = indexOf(measure);
		long sum = 0;
		for (Map<ApplicantCategory, long[]> byColumn : counts.values()) {
			for (Map.Entry<ApplicantCategory, long[]> e : byColumn.entrySet()) {
				if (column == null || e.getKey() == column) {
					sum += e.getValue()[i];
				}
			}
		}
		return sum;
	}

	/** The count per agency (agencies with none are absent). */
	Map<UUID, Long> byAgency(CaseMeasure measure, ApplicantCategory column) {
		int i = indexOf(measure);
		Map<UUID, Long> result = new LinkedHashMap<>();
		counts.forEach((agency, byColumn) -> byColumn.forEach((c, values) -> {
			if (column == null || c == column) {
				result.merge(agency, values[i], Long::sum);
			}
		}));
		result.values().removeIf(v -> v == 0);
		return result;
	}

}
