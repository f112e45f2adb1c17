package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A statutory table as the API returns it: its number and title, its columns, its rows
 * and its checks, and how the format prints it: {@code heading}, the section heading it
 * sits under (「二、主动公开政府信息情况」 over the four tables of 二, 「六、其他需要报告的事项」 over the fee
 * figures; the title itself where the table is its section); {@code labelHeader}, the
 * header of the row-label column (「信息内容」 in 二; null when blank); {@code columnGroups},
 * each column's place in the header as a path (section 三: 「申请人情况 / 法人或其他组织 / 商业企业」);
 * empty when the header is the columns alone.
 */
public record ReportTable(String section, String title, String note, List<String> columns, List<ReportRow> rows,
		List<CheckResult> checks, String heading, String labelHeader, List<String> columnGroups) {

	/** How a column's header path separates its levels. */
	public static final String PATH = " / ";

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		checks = List.copyOf(checks);
		heading = heading == null ? title : heading;
		columnGroups = columnGroups == null ? List.of() : List.copyOf(columnGroups);
		if (!columnGroups.isEmpty() && columnGroups.size() != columns.size()) {
			throw new IllegalArgumentException("one header path per column");
		}
	}

	/** A table that is its own section, headed by its title, with a plain header. */
	public ReportTable(String section, String title, String note, List<String> columns, List<ReportRow> rows,
			List<CheckResult> checks) {
		this(section, title, note, columns, rows, checks, null, null, null);
	}

	/** The same table printed under a section heading, with a row-label header. */
	ReportTable under(String heading, String labelHeader) {
		return new ReportTable(section, title, note, columns, rows, checks, heading, labelHeader, columnGroups);
	}

	/** The same table with each column's header path. */
	ReportTable withColumnGroups(List<String> groups) {
		return new ReportTable(section, title, note, columns, rows, checks, heading, labelHeader, groups);
	}

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
		return new ReportTable(section, title, note, columns, rows, all, heading, labelHeader, columnGroups);
	}

	public ReportRow row(String key) {
		return rows.stream()
			.filter(r -> r.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no row " + key));
	}
}
