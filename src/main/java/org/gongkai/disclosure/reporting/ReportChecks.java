package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks shared by every table: blank is not zero, and the part-whole rules of the older
 * local formats.
 */
final class ReportChecks {

	static final String NO_BLANKS = "空白不等于零：各项数据均已录入";

	private ReportChecks() {
	}

	/**
	 * Every cell has a recorded value. A blank is a figure never recorded (a registry
	 * item not entered, a category the records cannot tell apart); it is shown blank,
	 * never as 0, and reported here so it is entered (0 if nothing happened) or explained
	 * before publishing. {@code cells} gives the reasons when the table was rendered
	 * here.
	 */
	static CheckResult noBlanks(ReportTable table, Cells cells) {
		List<String> blanks = new ArrayList<>();
		for (ReportRow row : table.rows()) {
			for (int c = 0; c < row.values().size(); c++) {
				if (row.blank(c)) {
					String column = c < table.columns().size() ? table.columns().get(c) : "第" + (c + 1) + "列";
					Optional<CellSource> source = cells == null ? Optional.empty()
							: cells.source(table.section(), row.key(), c);
					String why = source.map(ReportChecks::why).orElse("未录入");
					if (cells != null && cells.data().agencies().size() > 1
							&& source.orElse(null) instanceof CellSource.Registry r) {
						why += "；未录入的机关：" + String.join("、", cells.missing(r));
					}
					blanks.add("%s %s：%s".formatted(row.label(), column, why));
				}
			}
		}
		return new CheckResult(NO_BLANKS, blanks.isEmpty(), blanks.isEmpty() ? "无空白项" : String.join("；", blanks));
	}

	private static String why(CellSource source) {
		if (source instanceof CellSource.Registry r) {
			return "主动公开登记未录入（" + r.item().description() + "），本年未发生的请录入0";
		}
		if (source instanceof CellSource.Fixed f && f.reason() != null) {
			return f.reason();
		}
		return "未录入";
	}

	/** {@code whole} equals the sum of {@code parts}, in every column. */
	static CheckResult sumOf(ReportTable table, String wholeKey, List<String> partKeys) {
		ReportRow whole = table.row(wholeKey);
		List<String> bad = new ArrayList<>();
		for (int c = 0; c < whole.values().size(); c++) {
			if (whole.blank(c)) {
				continue;
			}
			long sum = 0;
			boolean blank = false;
			for (String key : partKeys) {
				Long v = table.row(key).raw(c);
				blank |= v == null;
				sum += v == null ? 0 : v;
			}
			if (blank || sum != whole.value(c)) {
				bad.add("%s：各分项之和%d%s，合计%d".formatted(column(table, c), sum, blank ? "（含空白）" : "", whole.value(c)));
			}
		}
		List<String> labels = partKeys.stream().map(k -> table.row(k).label()).toList();
		return new CheckResult("%s 等于 %s 之和".formatted(whole.label(), String.join(" + ", labels)), bad.isEmpty(),
				bad.isEmpty() ? "各列均相等" : String.join("；", bad));
	}

	/** {@code part} is not larger than {@code whole} (a 其中 row), in every column. */
	static CheckResult partOf(ReportTable table, String wholeKey, String partKey) {
		ReportRow whole = table.row(wholeKey);
		ReportRow part = table.row(partKey);
		List<String> bad = new ArrayList<>();
		for (int c = 0; c < whole.values().size(); c++) {
			if (!whole.blank(c) && !part.blank(c) && part.value(c) > whole.value(c)) {
				bad.add("%s：%d 大于 %d".formatted(column(table, c), part.value(c), whole.value(c)));
			}
		}
		return new CheckResult("%s 不大于 %s".formatted(part.label(), whole.label()), bad.isEmpty(),
				bad.isEmpty() ? "各列均成立" : String.join("；", bad));
	}

	private static String column(ReportTable table, int c) {
		return c < table.columns().size() ? table.columns().get(c) : "第" + (c + 1) + "列";
	}

}
