package org.gongkai.disclosure.reporting;

import java.util.List;

/**
 * The 信息处理费 figures reported under 六、其他需要报告的事项 (2021 practice, docs/statute.md#s3.9),
 * from the fee records. The national format has no table here (its wording was not
 * retrievable); Gongkai shows the figures as a small table of its own so each one can be
 * drilled into, and quotes them in the drafted text of 六.
 */
final class FeeSection {

	static final String SECTION = "六";
	static final String TITLE = "信息处理费（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）";
	static final List<String> COLUMNS = List.of("发出收费通知件数", "实际缴费件数", "实际收取金额（元）");

	private FeeSection() {
	}

	static ReportTable render(Cells cells) {
		ReportRow row = cells.row(SECTION, "FEES", "信息处理费", null,
				List.of(new CellSource.Fees(FeeStatistics.FeeMeasure.NOTICES, 0),
						new CellSource.Fees(FeeStatistics.FeeMeasure.PAID, 0),
						new CellSource.Fees(FeeStatistics.FeeMeasure.COLLECTED_YUAN, 0)));
		ReportTable unchecked = new ReportTable(SECTION, TITLE, null, COLUMNS, List.of(row), List.of());
		return new ReportTable(SECTION, TITLE, null, COLUMNS, List.of(row),
				List.of(ReportChecks.noBlanks(unchecked, cells)))
			.under(Narratives.TITLES.get(SECTION), null);
	}

}
