package org.gongkai.disclosure.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.proactive.ProactiveRegistry;

/**
 * Builds rows from {@link CellSource}s over the gathered {@link ReportData}, and
 * remembers the source of every cell ({@code section/rowKey/column}) for the drill-down.
 */
final class Cells {

	private final ReportData data;

	private final Map<String, CellSource> sources = new HashMap<>();

	Cells(ReportData data) {
		this.data = data;
	}

	ReportData data() {
		return data;
	}

	static String address(String section, String rowKey, int column) {
		return section + "/" + rowKey + "/" + column;
	}

	Optional<CellSource> source(String section, String rowKey, int column) {
		return Optional.ofNullable(sources.get(address(section, rowKey, column)));
	}

	ReportRow row(String section, String key, String label, String group, List<CellSource> cellSources) {
		List<Long> values = new ArrayList<>();
		List<Integer> scales = new ArrayList<>();
		for (int c = 0; c < cellSources.size(); c++) {
			CellSource s = cellSources.get(c);
			if (sources.put(address(section, key, c), s) != null) {
				throw new IllegalStateException("duplicate cell " + address(section, key, c));
			}
			values.add(value(s));
			scales.add(scale(s));
		}
		return new ReportRow(key, label, group, values, scales);
	}

	/** A row of the six applicant columns and the 总计 column for one case measure. */
	ReportRow applicantRow(String section, String key, String label, String group, CaseMeasure measure) {
		List<CellSource> row = new ArrayList<>();
		for (ApplicantCategory column : ApplicantCategory.values()) {
			row.add(new CellSource.Cases(measure, column));
		}
		row.add(new CellSource.Cases(measure, null));
		return row(section, key, label, group, row);
	}

	Long value(CellSource source) {
		if (source instanceof CellSource.Cases c) {
			return data.cases().count(c.measure(), c.column());
		}
		if (source instanceof CellSource.Fees f) {
			return data.fees().values().stream().mapToLong(m -> m.getOrDefault(f.measure(), 0L)).sum();
		}
		if (source instanceof CellSource.Registry r) {
			if (!missing(r).isEmpty()) {
				return null; // a summary is blank while any agency in it has not entered
								// the figure
			}
			BigDecimal sum = BigDecimal.ZERO;
			for (ProactiveRegistry.Figure figure : data.registry()) {
				if (figure.item() == r.item()) {
					sum = sum.add(figure.value());
				}
			}
			return sum.setScale(r.item().scale()).unscaledValue().longValueExact();
		}
		return ((CellSource.Fixed) source).value();
	}

	/**
	 * The agencies in scope that have not entered a registry figure (names, in scope
	 * order).
	 */
	List<String> missing(CellSource.Registry r) {
		Set<UUID> entered = new HashSet<>();
		data.registry().stream().filter(f -> f.item() == r.item()).forEach(f -> entered.add(f.agencyId().value()));
		return data.agencies()
			.stream()
			.filter(a -> !entered.contains(a.id()))
			.map(ReportData.ScopedAgency::name)
			.toList();
	}

	static int scale(CellSource source) {
		if (source instanceof CellSource.Registry r) {
			return r.item().scale();
		}
		if (source instanceof CellSource.Fees f) {
			return f.scale();
		}
		return 0;
	}

}
