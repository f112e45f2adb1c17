package org.gongkai.disclosure.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.disclosure.reporting.ReportRow;
import org.gongkai.disclosure.reporting.ReportTable;

/**
 * Any {@link ReportTable} laid out as the national format prints it, as a grid of cells
 * with their spans, which every export then draws (HTML/PDF, .docx, .xlsx) so all of them
 * agree:
 * <ul>
 * <li>the row labels take as many columns as the deepest row has levels: a row's group
 * ({@code 三、本年度办理结果 /
 * （三）不予公开}) gives one column per level, merged down over the consecutive rows under the
 * same heading, and its label spans the columns left (so 一、二、四 span the whole label area,
 * as on the printed form);</li>
 * <li>the value columns have one header row, or — when the table gives its column groups
 * ({@link ReportTable#columnGroups()}, as section 三 does) or its columns are header paths
 * (section 四) — one header row per level, e.g. section 三's national three-row header:
 * 申请人情况 over all, 法人或其他组织 over its five kinds;</li>
 * <li>the table's note (勾稽关系), if any, or else its row-label header (二: 信息内容) sits in the
 * top-left header cell.</li>
 * </ul>
 * Nothing here knows a particular section: it reads the table's columns, rows and groups.
 */
public record ReportGrid(int labelColumns, int columns, List<Cell> header, int headerRows, List<Cell> body,
		int bodyRows) {

	/**
	 * A cell at ({@code row}, {@code col}) of its part (header or body), spanning rows
	 * and columns.
	 */
	public record Cell(int row, int col, int rowspan, int colspan, String text, Long number, boolean label) {
		public boolean hasNumber() {
			return number != null;
		}
	}

	/**
	 * How a column names its place in a header hierarchy, e.g. {@code 行政诉讼 / 复议后起诉 / 总计}
	 * (section 四).
	 */
	static final String PATH = ReportTable.PATH;

	/**
	 * A header for columns written as paths: one header row per level, each heading
	 * merged over the consecutive columns under it, and a path shorter than the deepest
	 * merged down to the last header row — so section 四 reads 行政复议 over its five results,
	 * 行政诉讼 over 未经复议直接起诉 and 复议后起诉, each over its five.
	 */
	private static int pathHeader(List<String> columns, int labelColumns, String corner, List<Cell> header) {
		List<List<String>> paths = columns.stream().map(c -> Arrays.asList(c.split(Pattern.quote(PATH)))).toList();
		int depth = paths.stream().mapToInt(List::size).max().orElse(1);
		header.add(new Cell(0, 0, depth, labelColumns, corner, null, true));
		for (int level = 0; level < depth; level++) {
			for (int c = 0; c < paths.size(); c++) {
				List<String> path = paths.get(c);
				if (level >= path.size()) {
					continue;
				}
				if (c > 0 && paths.get(c - 1).size() > level && samePath(paths.get(c - 1), path, level)) {
					continue; // covered by the heading to the left
				}
				int span = 1;
				while (c + span < paths.size() && paths.get(c + span).size() > level
						&& samePath(paths.get(c + span), path, level)) {
					span++;
				}
				int rowspan = level == path.size() - 1 ? depth - level : 1;
				header.add(new Cell(level, labelColumns + c, rowspan, span, path.get(level), null, true));
			}
		}
		return depth;
	}

	private static boolean samePath(List<String> a, List<String> b, int level) {
		return a.subList(0, level + 1).equals(b.subList(0, level + 1)) && level < a.size() - 1 == level < b.size() - 1;
	}

	static ReportGrid of(ReportTable table) {
		int depth = 0;
		for (ReportRow row : table.rows()) {
			depth = Math.max(depth, levels(row).size());
		}
		int labelColumns = depth + 1;
		int valueColumns = table.columns().size();
		int columns = labelColumns + valueColumns;

		List<Cell> header = new ArrayList<>();
		int headerRows;
		String corner = table.note() != null && !table.note().isBlank() ? table.note()
				: table.labelHeader() == null ? "" : table.labelHeader();
		if (!table.columnGroups().isEmpty()) {
			headerRows = pathHeader(table.columnGroups(), labelColumns, corner, header);
		}
		else if (table.columns().stream().anyMatch(c -> c.contains(PATH))) {
			headerRows = pathHeader(table.columns(), labelColumns, corner, header);
		}
		else {
			headerRows = 1;
			header.add(new Cell(0, 0, 1, labelColumns, corner, null, true));
			for (int c = 0; c < valueColumns; c++) {
				header.add(new Cell(0, labelColumns + c, 1, 1, table.columns().get(c), null, true));
			}
		}

		List<Cell> body = new ArrayList<>();
		List<ReportRow> rows = table.rows();
		for (int r = 0; r < rows.size(); r++) {
			List<String> levels = levels(rows.get(r));
			for (int level = 0; level < levels.size(); level++) {
				if (r > 0 && samePrefix(levels(rows.get(r - 1)), levels, level)) {
					continue; // covered by the cell above
				}
				int span = 1;
				while (r + span < rows.size() && samePrefix(levels(rows.get(r + span)), levels, level)) {
					span++;
				}
				body.add(new Cell(r, level, span, 1, levels.get(level), null, true));
			}
			body.add(new Cell(r, levels.size(), 1, labelColumns - levels.size(), rows.get(r).label(), null, true));
			for (int c = 0; c < valueColumns; c++) {
				body.add(value(r, labelColumns + c, rows.get(r), c));
			}
		}
		return new ReportGrid(labelColumns, columns, header, headerRows, body, rows.size());
	}

	/**
	 * A value cell: a whole number as a number; an amount with decimals (e.g. 万元) as its
	 * printed text; a figure never recorded as an empty cell — blank is not zero.
	 */
	private static Cell value(int r, int col, ReportRow row, int c) {
		Long raw = row.raw(c);
		if (raw == null) {
			return new Cell(r, col, 1, 1, "", null, false);
		}
		if (row.scales().get(c) != 0) {
			return new Cell(r, col, 1, 1, row.display().get(c), null, false);
		}
		return new Cell(r, col, 1, 1, null, raw, false);
	}

	static List<String> levels(ReportRow row) {
		if (row.group() == null || row.group().isBlank()) {
			return List.of();
		}
		return Arrays.stream(row.group().split(" / ")).map(String::strip).toList();
	}

	private static boolean samePrefix(List<String> other, List<String> levels, int level) {
		return other.size() > level && other.subList(0, level + 1).equals(levels.subList(0, level + 1));
	}

	/**
	 * Column widths in per cent of the table: narrow group columns, a wide label column,
	 * even value columns.
	 */
	public List<Integer> percentWidths() {
		List<Integer> widths = new ArrayList<>();
		int groups = labelColumns - 1;
		int label = groups == 0 ? 40 : 30;
		for (int c = 0; c < groups; c++) {
			widths.add(8);
		}
		widths.add(label);
		int values = columns - labelColumns;
		int rest = 100 - label - 8 * groups;
		for (int c = 0; c < values; c++) {
			widths.add(Math.max(4, rest / Math.max(1, values)));
		}
		return widths;
	}

	/**
	 * The cells that start in row {@code r} of a part, in column order (for HTML's
	 * row-by-row tables).
	 */
	public static List<Cell> startingIn(List<Cell> cells, int r) {
		return cells.stream().filter(c -> c.row() == r).sorted((a, b) -> Integer.compare(a.col(), b.col())).toList();
	}
}
