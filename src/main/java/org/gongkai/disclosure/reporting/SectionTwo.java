package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.proactive.ProactiveItem;

import static org.gongkai.disclosure.proactive.ProactiveItem.*;

/**
 * Section 二 主动公开政府信息情况 from the registry, in the 2021 format (docs/statute.md#s3.4) and
 * the 2019 format (#s3.5), labels verbatim. A figure never entered is blank, and the
 * blank check says so.
 */
public final class SectionTwo {

	static final String SECTION = "二";

	public static final String TITLE = "二、主动公开政府信息情况";

	/**
	 * The header of the row-label column of every table of 二, as the format prints it.
	 */
	public static final String LABEL_HEADER = "信息内容";
	static final String ITEM_1 = "第二十条第（一）项";
	static final String ITEM_5 = "第二十条第（五）项";
	static final String ITEM_6 = "第二十条第（六）项";
	static final String ITEM_8 = "第二十条第（八）项";
	static final String ITEM_9 = "第二十条第（九）项";

	private SectionTwo() {
	}

	static List<ReportTable> format2021(Cells cells) {
		List<ReportTable> tables = new ArrayList<>();
		tables.add(table(cells, ITEM_1, List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of(
				row(cells, "20-1-REGULATIONS", "规章", REGULATIONS_ISSUED, REGULATIONS_REPEALED, REGULATIONS_IN_FORCE),
				row(cells, "20-1-NORMATIVE", "行政规范性文件", NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE))));
		tables.add(table(cells, ITEM_5, List.of("本年处理决定数量"),
				List.of(row(cells, "20-5-LICENSING", "行政许可", LICENSING_DECISIONS))));
		tables.add(
				table(cells, ITEM_6, List.of("本年处理决定数量"), List.of(row(cells, "20-6-PENALTY", "行政处罚", PENALTY_DECISIONS),
						row(cells, "20-6-COERCION", "行政强制", COERCION_DECISIONS))));
		tables.add(table(cells, ITEM_8, List.of("本年收费金额（单位：万元）"),
				List.of(row(cells, "20-8-FEES", "行政事业性收费", FEES_AMOUNT))));
		return tables;
	}

	static List<ReportTable> format2019(Cells cells) {
		List<ReportTable> tables = new ArrayList<>();
		tables.add(table(cells, ITEM_1, List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
				List.of(row(cells, "20-1-REGULATIONS", "规章", REGULATIONS_ISSUED, REGULATIONS_PUBLISHED,
						REGULATIONS_PUBLISHED_TOTAL),
						row(cells, "20-1-NORMATIVE", "规范性文件", NORMATIVE_ISSUED, NORMATIVE_PUBLISHED,
								NORMATIVE_PUBLISHED_TOTAL))));
		List<String> itemColumns = List.of("上一年项目数量", "本年增/减", "处理决定数量");
		tables.add(table(cells, ITEM_5, itemColumns,
				List.of(row(cells, "20-5-LICENSING", "行政许可", LICENSING_ITEMS_PREVIOUS_YEAR, LICENSING_ITEMS_CHANGE,
						LICENSING_DECISIONS),
						row(cells, "20-5-OTHER_SERVICES", "其他对外管理服务事项", OTHER_SERVICES_ITEMS_PREVIOUS_YEAR,
								OTHER_SERVICES_ITEMS_CHANGE, OTHER_SERVICES_DECISIONS))));
		tables.add(table(cells, ITEM_6, itemColumns,
				List.of(row(cells, "20-6-PENALTY", "行政处罚", PENALTY_ITEMS_PREVIOUS_YEAR, PENALTY_ITEMS_CHANGE,
						PENALTY_DECISIONS),
						row(cells, "20-6-COERCION", "行政强制", COERCION_ITEMS_PREVIOUS_YEAR, COERCION_ITEMS_CHANGE,
								COERCION_DECISIONS))));
		tables.add(table(cells, ITEM_8, List.of("上一年项目数量", "本年增/减"),
				List.of(row(cells, "20-8-FEES", "行政事业性收费", FEE_ITEMS_PREVIOUS_YEAR, FEE_ITEMS_CHANGE))));
		tables.add(table(cells, ITEM_9, List.of("采购项目数量", "采购总金额"),
				List.of(row(cells, "20-9-PROCUREMENT", "政府集中采购", PROCUREMENT_PROJECTS, PROCUREMENT_AMOUNT))));
		return tables;
	}

	private static ReportRow row(Cells cells, String key, String label, ProactiveItem... items) {
		List<CellSource> sources = new ArrayList<>();
		for (ProactiveItem item : items) {
			sources.add(new CellSource.Registry(item));
		}
		return cells.row(SECTION, key, label, null, sources);
	}

	private static ReportTable table(Cells cells, String title, List<String> columns, List<ReportRow> rows) {
		ReportTable unchecked = new ReportTable(SECTION, title, null, columns, rows, List.of());
		return new ReportTable(SECTION, title, null, columns, rows, List.of(ReportChecks.noBlanks(unchecked, cells)))
			.under(TITLE, LABEL_HEADER);
	}

}
