package org.gongkai.disclosure.proactive;

/**
 * One figure of the registry. The 2021 and 2019 national formats (docs/statute.md#s3.4,
 * #s3.5) ask for partly different figures; a figure both ask for is one item (e.g. 本年制发件数
 * = 本年新制作数量, 本年处理决定数量 = 处理决定数量), a figure only one format asks for is its own item, so
 * each format is rendered from the same records and a figure never entered stays blank.
 * {@code scale} is the number of decimals (amounts in 万元 to the yuan: 4).
 */
public enum ProactiveItem {

	REGULATIONS_ISSUED("（一）", "规章：本年制发件数（2019年格式：本年新制作数量）", "件", 0, false),
	REGULATIONS_REPEALED("（一）", "规章：本年废止件数", "件", 0, false), REGULATIONS_IN_FORCE("（一）", "规章：现行有效件数", "件", 0, false),
	REGULATIONS_PUBLISHED("（一）", "规章：本年新公开数量（2019年格式）", "件", 0, false),
	REGULATIONS_PUBLISHED_TOTAL("（一）", "规章：对外公开总数量（2019年格式）", "件", 0, false),
	NORMATIVE_ISSUED("（一）", "行政规范性文件：本年制发件数（2019年格式：本年新制作数量）", "件", 0, false),
	NORMATIVE_REPEALED("（一）", "行政规范性文件：本年废止件数", "件", 0, false),
	NORMATIVE_IN_FORCE("（一）", "行政规范性文件：现行有效件数", "件", 0, false),
	NORMATIVE_PUBLISHED("（一）", "规范性文件：本年新公开数量（2019年格式）", "件", 0, false),
	NORMATIVE_PUBLISHED_TOTAL("（一）", "规范性文件：对外公开总数量（2019年格式）", "件", 0, false),
	LICENSING_DECISIONS("（五）", "行政许可：本年处理决定数量", "件", 0, false),
	LICENSING_ITEMS_PREVIOUS_YEAR("（五）", "行政许可：上一年项目数量（2019年格式）", "项", 0, false),
	LICENSING_ITEMS_CHANGE("（五）", "行政许可：本年增/减（2019年格式，减用负值）", "项", 0, true),
	OTHER_SERVICES_DECISIONS("（五）", "其他对外管理服务事项：处理决定数量（2019年格式）", "件", 0, false),
	OTHER_SERVICES_ITEMS_PREVIOUS_YEAR("（五）", "其他对外管理服务事项：上一年项目数量（2019年格式）", "项", 0, false),
	OTHER_SERVICES_ITEMS_CHANGE("（五）", "其他对外管理服务事项：本年增/减（2019年格式，减用负值）", "项", 0, true),
	PENALTY_DECISIONS("（六）", "行政处罚：本年处理决定数量", "件", 0, false),
	PENALTY_ITEMS_PREVIOUS_YEAR("（六）", "行政处罚：上一年项目数量（2019年格式）", "项", 0, false),
	PENALTY_ITEMS_CHANGE("（六）", "行政处罚：本年增/减（2019年格式，减用负值）", "项", 0, true),
	COERCION_DECISIONS("（六）", "行政强制：本年处理决定数量", "件", 0, false),
	COERCION_ITEMS_PREVIOUS_YEAR("（六）", "行政强制：上一年项目数量（2019年格式）", "项", 0, false),
	COERCION_ITEMS_CHANGE("（六）", "行政强制：本年增/减（2019年格式，减用负值）", "项", 0, true),
	FEES_AMOUNT("（八）", "行政事业性收费：本年收费金额（单位：万元）", "万元", 4, false),
	FEE_ITEMS_PREVIOUS_YEAR("（八）", "行政事业性收费：上一年项目数量（2019年格式）", "项", 0, false),
	FEE_ITEMS_CHANGE("（八）", "行政事业性收费：本年增/减（2019年格式，减用负值）", "项", 0, true),
	PROCUREMENT_PROJECTS("（九）", "政府集中采购：采购项目数量（2019年格式）", "个", 0, false),
	PROCUREMENT_AMOUNT("（九）", "政府集中采购：采购总金额（2019年格式，单位：万元）", "万元", 4, false),
	PUBLISHED_TOTAL("—", "主动公开信息总数（2019年前地方统计表）", "条", 0, false),
	PUBLISHED_ONLINE("—", "通过政府网站公开数（2019年前地方统计表）", "条", 0, false),
	PRESS_CONFERENCES("—", "召开新闻发布会次数（2019年前地方统计表）", "次", 0, false);

	private final String article20Item;

	private final String description;

	private final String unit;

	private final int scale;

	private final boolean signed;

	ProactiveItem(String article20Item, String description, String unit, int scale, boolean signed) {
		this.article20Item = article20Item;
		this.description = description;
		this.unit = unit;
		this.scale = scale;
		this.signed = signed;
	}

	/** 《条例》第二十条 item the figure belongs to, e.g. {@code （一）}. */
	public String article20Item() {
		return article20Item;
	}

	public String description() {
		return description;
	}

	public String unit() {
		return unit;
	}

	/** Decimal places allowed (0 = whole numbers). */
	public int scale() {
		return scale;
	}

	/** Whether a negative value is meaningful (本年增/减). */
	public boolean signed() {
		return signed;
	}

}
