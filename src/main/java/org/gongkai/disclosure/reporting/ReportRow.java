package org.gongkai.disclosure.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.gongkai.disclosure.shared.StateRefusal;

/**
 * One row of a statutory table: a stable key, the official label verbatim, the heading it
 * sits under (if any), and its values in the documented column order. A value is
 * {@code null} when it was never recorded (blank is not zero). {@code scales} gives each
 * value's decimal places (a value {@code v} with scale {@code s} means v / 10^s, e.g. an
 * amount in 万元 to the yuan has scale 4); {@code display} is each value as printed, blank
 * for null.
 */
public record ReportRow(String key, String label, String group, List<Long> values, List<Integer> scales) {

	public ReportRow {
		values = Collections.unmodifiableList(new ArrayList<>(values));
		scales = scales == null ? Collections.nCopies(values.size(), 0) : List.copyOf(scales);
		if (scales.size() != values.size()) {
			throw new IllegalArgumentException("one scale per value");
		}
	}

	public ReportRow(String key, String label, String group, List<Long> values) {
		this(key, label, group, values, null);
	}

	/**
	 * The value of a column; a blank (never recorded) value cannot be used in arithmetic.
	 */
	public long value(int column) {
		Long v = values.get(column);
		if (v == null) {
			throw new StateRefusal("refusal.reporting.row.columnMissing", label, (column + 1));
		}
		return v;
	}

	/** The value of a column, or null when blank. */
	public Long raw(int column) {
		return values.get(column);
	}

	public boolean blank(int column) {
		return values.get(column) == null;
	}

	@JsonProperty("display")
	public List<String> display() {
		List<String> shown = new ArrayList<>();
		for (int c = 0; c < values.size(); c++) {
			Long v = values.get(c);
			shown.add(v == null ? "" : BigDecimal.valueOf(v, scales.get(c)).toPlainString());
		}
		return shown;
	}
}
