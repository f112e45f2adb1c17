package org.gongkai.disclosure.proactive;

import java.util.List;

import static org.gongkai.disclosure.proactive.ProactiveItem.*;

/**
 * The tables of section 二 (主动公开政府信息情况) as each format prints them, labels verbatim: the
 * 2021 format (国办公开办函〔2021〕30号, docs/statute.md#s3.4), the 2019 format (国办公开办函〔2019〕60号,
 * the 2019 and 2020 reports, #s3.5) and the figures of the local tables before 2019. The
 * report renders section 二 from these, and the registry's grid page asks for exactly
 * these cells, so what is entered is what is printed.
 */
public enum RegistryLayout {

	FORMAT_2021("2021", "2021年格式（国办公开办函〔2021〕30号）", List.of(new Table("第二十条第（一）项",
			List.of("本年制发件数", "本年废止件数", "现行有效件数"),
			List.of(new Row("20-1-REGULATIONS", "规章", REGULATIONS_ISSUED, REGULATIONS_REPEALED, REGULATIONS_IN_FORCE),
					new Row("20-1-NORMATIVE", "行政规范性文件", NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE))),
			new Table("第二十条第（五）项", List.of("本年处理决定数量"),
					List.of(new Row("20-5-LICENSING", "行政许可", LICENSING_DECISIONS))),
			new Table("第二十条第（六）项", List.of("本年处理决定数量"),
					List.of(new Row("20-6-PENALTY", "行政处罚", PENALTY_DECISIONS),
							new Row("20-6-COERCION", "行政强制", COERCION_DECISIONS))),
			new Table("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(new Row("20-8-FEES", "行政事业性收费", FEES_AMOUNT))))),

	FORMAT_2019("2019", "2019年格式（国办公开办函〔2019〕60号）", List.of(
			new Table("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
					List.of(new Row("20-1-REGULATIONS", "规章", REGULATIONS_ISSUED, REGULATIONS_PUBLISHED,
							REGULATIONS_PUBLISHED_TOTAL),
							new Row("20-1-NORMATIVE", "规范性文件", NORMATIVE_ISSUED, NORMATIVE_PUBLISHED,
									NORMATIVE_PUBLISHED_TOTAL))),
			new Table("第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
					List.of(new Row("20-5-LICENSING", "行政许可", LICENSING_ITEMS_PREVIOUS_YEAR, LICENSING_ITEMS_CHANGE,
							LICENSING_DECISIONS),
							new Row("20-5-OTHER_SERVICES", "其他对外管理服务事项", OTHER_SERVICES_ITEMS_PREVIOUS_YEAR,
									OTHER_SERVICES_ITEMS_CHANGE, OTHER_SERVICES_DECISIONS))),
			new Table("第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"),
					List.of(new Row("20-6-PENALTY", "行政处罚", PENALTY_ITEMS_PREVIOUS_YEAR, PENALTY_ITEMS_CHANGE,
							PENALTY_DECISIONS),
							new Row("20-6-COERCION", "行政强制", COERCION_ITEMS_PREVIOUS_YEAR, COERCION_ITEMS_CHANGE,
									COERCION_DECISIONS))),
			new Table("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"),
					List.of(new Row("20-8-FEES", "行政事业性收费", FEE_ITEMS_PREVIOUS_YEAR, FEE_ITEMS_CHANGE))),
			new Table("第二十条第（九）项", List.of("采购项目数量", "采购总金额"),
					List.of(new Row("20-9-PROCUREMENT", "政府集中采购", PROCUREMENT_PROJECTS, PROCUREMENT_AMOUNT))))),

	LOCAL("local", "2019年以前的地方统计表",
			List.of(new Table("主动公开情况", List.of("数据统计"),
					List.of(new Row("C1", "一、主动公开数量（条）", PUBLISHED_TOTAL),
							new Row("C1_1", "(一)通过政府网站公开数（条）", PUBLISHED_ONLINE),
							new Row("C1_2", "(二)召开新闻发布会次数（次）", PRESS_CONFERENCES)))));

	/** One table of section 二: its title, column headings and rows. */
	public record Table(String title, List<String> columns, List<Row> rows) {
	}

	/** One row: its key in the report, its label, and the figure of each column. */
	public record Row(String key, String label, List<ProactiveItem> items) {

		Row(String key, String label, ProactiveItem... items) {
			this(key, label, List.of(items));
		}

	}

	private final String param;

	private final String label;

	private final List<Table> tables;

	RegistryLayout(String param, String label, List<Table> tables) {
		this.param = param;
		this.label = label;
		this.tables = tables;
	}

	/** The {@code format=} value. */
	public String param() {
		return param;
	}

	public String label() {
		return label;
	}

	public List<Table> tables() {
		return tables;
	}

	/** The layout of a report year: the format in force for that year's report. */
	public static RegistryLayout forYear(int year) {
		return year >= 2021 ? FORMAT_2021 : year >= 2019 ? FORMAT_2019 : LOCAL;
	}

	/** The layout named by {@code param}, or the year's when none or unknown. */
	public static RegistryLayout named(String param, int year) {
		for (RegistryLayout l : values()) {
			if (l.param.equals(param)) {
				return l;
			}
		}
		return forYear(year);
	}

	/** The row an item is entered in. */
	public Row rowOf(ProactiveItem item) {
		return tables.stream()
			.flatMap(t -> t.rows().stream())
			.filter(r -> r.items().contains(item))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(item + " is not in " + this));
	}

}
