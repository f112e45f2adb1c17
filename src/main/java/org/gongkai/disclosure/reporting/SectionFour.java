package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.reporting.AppealCounts.Group;
import org.gongkai.disclosure.reporting.AppealCounts.Result;

/**
 * Section 四 of the national format (the same in 2019 and 2021, docs/statute.md#s3.7):
 * 政府信息公开行政复议、行政诉讼情况. One row of 15 values in the order 行政复议 [结果维持, 结果纠正, 其他结果, 尚未审结, 总计],
 * 行政诉讼 / 未经复议直接起诉 [the same five], 行政诉讼 / 复议后起诉 [the same five]; labels verbatim; the
 * check that each 总计 is the sum of its four.
 */
public final class SectionFour {

	public static final String SECTION = "四";

	public static final String TITLE = "四、政府信息公开行政复议、行政诉讼情况";

	public static final String REVIEW = "行政复议";

	public static final String LITIGATION = "行政诉讼";

	public static final String DIRECT_SUIT = "未经复议直接起诉";

	public static final String SUIT_AFTER_REVIEW = "复议后起诉";

	public static final List<String> RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

	/** The column groups in table order, as header paths. */
	public static final List<String> GROUPS = List.of(REVIEW, LITIGATION + " / " + DIRECT_SUIT,
			LITIGATION + " / " + SUIT_AFTER_REVIEW);

	/** The 15 columns, each as its header path, e.g. "行政诉讼 / 复议后起诉 / 结果纠正". */
	public static final List<String> COLUMNS = GROUPS.stream()
		.flatMap(g -> RESULTS.stream().map(r -> g + " / " + r))
		.toList();

	public static final String ROW_KEY = "APPEALS";

	private SectionFour() {
	}

	public static ReportTable from(AppealCounts counts) {
		List<Long> values = new ArrayList<>();
		for (Group group : Group.values()) {
			long total = 0;
			for (Result result : Result.values()) {
				long n = counts.get(group, result);
				values.add(n);
				total += n;
			}
			values.add(total);
		}
		return withChecks(List.of(new ReportRow(ROW_KEY, TITLE, null, values)));
	}

	/**
	 * Builds the table around a row that may come from elsewhere (an import, a published
	 * version) and checks it.
	 */
	public static ReportTable withChecks(List<ReportRow> rows) {
		ReportTable unchecked = new ReportTable(SECTION, TITLE, null, COLUMNS, rows, List.of());
		return new ReportTable(SECTION, TITLE, null, COLUMNS, rows, check(unchecked));
	}

	/**
	 * Each group's 总计 equals the sum of its four results. A blank cell (a table typed in
	 * from a published report may have one) is a finding of the check of its group, never
	 * an error: blank is not zero.
	 */
	static List<CheckResult> check(ReportTable table) {
		ReportRow row = table.row(ROW_KEY);
		List<CheckResult> results = new ArrayList<>();
		if (row.values().size() != COLUMNS.size()) {
			results.add(new CheckResult("第四部分共15项数据", false, "实际 " + row.values().size() + " 项"));
			return results;
		}
		for (int g = 0; g < GROUPS.size(); g++) {
			int base = g * RESULTS.size();
			String rule = "%s：总计等于结果维持、结果纠正、其他结果、尚未审结之和".formatted(GROUPS.get(g));
			List<String> blanks = new ArrayList<>();
			for (int c = base; c < base + RESULTS.size(); c++) {
				if (row.blank(c)) {
					blanks.add(RESULTS.get(c - base));
				}
			}
			if (!blanks.isEmpty()) {
				results.add(new CheckResult(rule, false, "空白不等于零：" + String.join("、", blanks) + "未填写"));
				continue;
			}
			long sum = row.value(base) + row.value(base + 1) + row.value(base + 2) + row.value(base + 3);
			long total = row.value(base + 4);
			results.add(new CheckResult(rule, sum == total, "%d + %d + %d + %d = %d；总计 %d".formatted(row.value(base),
					row.value(base + 1), row.value(base + 2), row.value(base + 3), sum, total)));
		}
		return results;
	}

}
