package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A statutory table as the API returns it: its number and title, its columns, its rows
 * and its checks.
 */
public record ReportTable(String section, String title, String note, List<String> columns, List<ReportRow> rows,
		List<CheckResult> checks) {

	@JsonProperty("consistent")
	public boolean consistent() {
		return checks.stream().allMatch(CheckResult::passed);
	}

	public boolean hasRow(String key) {
		return rows.stream().anyMatch(r -> r.key().equals(key));
	}

	/** The same table with one more check. */
	ReportTable withCheck(CheckResult check) {
		List<CheckResult> all = new ArrayList<>(checks);
		all.add(check);
		return new ReportTable(section, title, note, columns, rows, all);
	}

	public ReportRow row(String key) {
		return rows.stream()
			.filter(r -> r.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no row " + key));
	}
}
