package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;

/**
 * Section 三 of the 2021 national format (国办公开办函〔2021〕30号): 收到和处理政府信息公开申请情况. 25 valued
 * rows (一, 二, the 21 outcome leaves, （七）总计, 四) × 7 columns (six applicant kinds, then
 * 总计), labels verbatim, and the 勾稽 checks.
 */
public final class SectionThree {

	public static final String TITLE = "三、收到和处理政府信息公开申请情况";

	public static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	public static final String RESULTS_HEADING = "三、本年度办理结果";

	public static final String NEW = "一、本年新收政府信息公开申请数量";

	public static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量";

	public static final String TOTAL = "（七）总计";

	public static final String CARRIED_FORWARD = "四、结转下年度继续办理";

	public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

	/**
	 * The national three-row header: 申请人情况 over all seven columns, 法人或其他组织 over its five
	 * kinds.
	 */
	public static final List<String> COLUMN_GROUPS = COLUMNS.stream()
		.map(c -> "申请人情况" + ReportTable.PATH + (c.equals("自然人") || c.equals("总计") ? "" : "法人或其他组织" + ReportTable.PATH)
				+ c)
		.toList();

	/**
	 * The single （六） row of the 2019 format, folding the three 2021 leaves
	 * (docs/statute.md#s3.10).
	 */
	public static final String OTHER_2019 = "（六）其他处理";

	public static final String OTHER_2019_KEY = "OTHER";
	static final String SECTION = "三";

	private static final int TOTAL_COLUMN = 6;

	private static final Set<String> NOT_LEAVES = Set.of("NEW", "CARRIED_OVER", "TOTAL", "CARRIED_FORWARD");

	/**
	 * The measures the table needs: the boundary counts, one per outcome, and the folded
	 * （六） of 2019.
	 */
	static List<CaseMeasure> measures() {
		List<CaseMeasure> all = new ArrayList<>(CaseMeasure.sectionThree());
		all.add(otherFolded());
		return all;
	}

	static CaseMeasure otherFolded() {
		return CaseMeasure.closedAs("CLOSED_OTHER", EnumSet.copyOf(Outcome.in(OutcomeGroup.OTHER)));
	}

	/**
	 * The table from the gathered counts, each cell through its {@link CellSource}: the
	 * 2021 rows, or with {@code fold2019} the 2019 rows (the three （六） leaves as one
	 * row).
	 */
	static ReportTable render(Cells cells, boolean fold2019) {
		List<ReportRow> rows = new ArrayList<>();
		rows.add(cells.applicantRow(SECTION, "NEW", NEW, null, CaseMeasure.RECEIVED));
		rows.add(cells.applicantRow(SECTION, "CARRIED_OVER", CARRIED_OVER, null, CaseMeasure.CARRIED_OVER));
		boolean otherDone = false;
		for (Outcome outcome : Outcome.values()) {
			boolean other = outcome.group() == OutcomeGroup.OTHER;
			if (fold2019 && other) {
				if (!otherDone) {
					rows.add(cells.applicantRow(SECTION, OTHER_2019_KEY, OTHER_2019, RESULTS_HEADING, otherFolded()));
					otherDone = true;
				}
				continue;
			}
			String group = outcome.group() == null ? RESULTS_HEADING
					: RESULTS_HEADING + " / " + outcome.group().label();
			rows.add(cells.applicantRow(SECTION, outcome.name(), outcome.rowLabel(), group,
					CaseMeasure.closedAs(outcome)));
		}
		rows.add(cells.applicantRow(SECTION, "TOTAL", TOTAL, RESULTS_HEADING, CaseMeasure.CLOSED));
		rows.add(cells.applicantRow(SECTION, "CARRIED_FORWARD", CARRIED_FORWARD, null, CaseMeasure.CARRIED_FORWARD));
		return withChecks(rows);
	}

	private SectionThree() {
	}

	/**
	 * Builds the table around rows that may come from elsewhere (an import, a published
	 * version) and checks them.
	 */
	public static ReportTable withChecks(List<ReportRow> rows) {
		ReportTable unchecked = new ReportTable("三", TITLE, NOTE, COLUMNS, rows, List.of());
		return new ReportTable("三", TITLE, NOTE, COLUMNS, rows, check(unchecked)).withColumnGroups(COLUMN_GROUPS);
	}

	static List<CheckResult> check(ReportTable table) {
		List<CheckResult> results = new ArrayList<>();
		ReportRow fresh = table.row("NEW");
		ReportRow carried = table.row("CARRIED_OVER");
		ReportRow total = table.row("TOTAL");
		ReportRow forward = table.row("CARRIED_FORWARD");
		for (int c = 0; c < COLUMNS.size(); c++) {
			long left = v(fresh, c) + v(carried, c);
			long right = v(total, c) + v(forward, c);
			results.add(new CheckResult("%s列：第一项加第二项之和等于第三项加第四项之和".formatted(COLUMNS.get(c)), left == right,
					"%d + %d = %d；%d + %d = %d".formatted(v(fresh, c), v(carried, c), left, v(total, c), v(forward, c),
							right)));
		}
		List<String> badRows = new ArrayList<>();
		for (ReportRow row : table.rows()) {
			long sum = 0;
			for (int c = 0; c < TOTAL_COLUMN; c++) {
				sum += v(row, c);
			}
			if (sum != v(row, TOTAL_COLUMN)) {
				badRows.add("%s（六列之和%d，总计%d）".formatted(row.label(), sum, v(row, TOTAL_COLUMN)));
			}
		}
		results.add(new CheckResult("总计列等于六类申请人之和", badRows.isEmpty(),
				badRows.isEmpty() ? "各行均相等" : String.join("；", badRows)));
		List<String> badColumns = new ArrayList<>();
		for (int c = 0; c < COLUMNS.size(); c++) {
			long leaves = 0;
			for (ReportRow leaf : table.rows()) {
				if (!NOT_LEAVES.contains(leaf.key())) {
					leaves += v(leaf, c);
				}
			}
			if (leaves != v(total, c)) {
				badColumns.add("%s（各项之和%d，总计%d）".formatted(COLUMNS.get(c), leaves, v(total, c)));
			}
		}
		results.add(new CheckResult("（七）总计等于各办理结果之和", badColumns.isEmpty(),
				badColumns.isEmpty() ? "各列均相等" : String.join("；", badColumns)));
		results.add(ReportChecks.noBlanks(table, null));
		return results;
	}

	/** A blank counts as 0 in the sums; the blank check reports it on its own. */
	private static long v(ReportRow row, int column) {
		Long value = row.raw(column);
		return value == null ? 0 : value;
	}

}
