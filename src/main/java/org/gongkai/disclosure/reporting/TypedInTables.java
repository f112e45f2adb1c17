package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.disclosure.shared.Refusal;

/**
 * A table typed in from a published report (the figures as printed, blanks and all), laid
 * out as Gongkai renders it and run through the very checks a computed report gets — so a
 * report published elsewhere, or years ago, can be checked too. A cell left out or typed
 * blank is a finding of the checks, never an error: blank is not zero.
 */
final class TypedInTables {

	private TypedInTables() {
	}

	/**
	 * Section 三 (2021 rows, keys as in the API: NEW, CARRIED_OVER, each outcome, TOTAL,
	 * CARRIED_FORWARD; seven values each) or section 四 (one row APPEALS of 15 values),
	 * with its checks.
	 */
	static ReportTable checked(String section, Map<String, List<Long>> typed) {
		Map<String, List<Long>> values = typed == null ? Map.of() : typed;
		if (SectionThree.SECTION.equals(section)) {
			return SectionThree.withChecks(rows(layoutOfThree(), SectionThree.COLUMNS.size(), values));
		}
		if (SectionFour.SECTION.equals(section)) {
			ReportRow four = new ReportRow(SectionFour.ROW_KEY, SectionFour.TITLE, null, List.of());
			return SectionFour.withChecks(rows(List.of(four), SectionFour.COLUMNS.size(), values));
		}
		throw new Refusal("refusal.reporting.tables.section", section);
	}

	/** The rows of section 三 as the 2021 format lays them out (keys, labels, groups). */
	private static List<ReportRow> layoutOfThree() {
		ReportData none = new ReportData(0, List.of(), new CaseCounts(SectionThree.measures()), Map.of(), List.of());
		return SectionThree.render(new Cells(none), false).rows();
	}

	private static List<ReportRow> rows(List<ReportRow> layout, int columns, Map<String, List<Long>> values) {
		Set<String> unknown = new LinkedHashSet<>(values.keySet());
		layout.forEach(r -> unknown.remove(r.key()));
		if (!unknown.isEmpty()) {
			throw new Refusal("refusal.reporting.tables.unknownRows", String.join("、", unknown));
		}
		Map<String, ReportRow> typed = new LinkedHashMap<>();
		for (ReportRow row : layout) {
			List<Long> given = values.get(row.key());
			if (given != null && given.size() != columns) {
				throw new Refusal("refusal.reporting.tables.valueCount", row.label(), columns, given.size());
			}
			List<Long> cells = given == null ? Collections.nCopies(columns, null) : new ArrayList<>(given);
			typed.put(row.key(), new ReportRow(row.key(), row.label(), row.group(), cells));
		}
		return List.copyOf(typed.values());
	}

}
