package org.gongkai.disclosure.reporting;

/**
 * A narrative section of the report (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项): its number,
 * its official title and its text, as edited by the agency, or drafted from the figures
 * until it is edited ({@code draft}).
 */
public record ReportText(String section, String title, String body, boolean draft) {

	public ReportText(String section, String title, String body) {
		this(section, title, body, false);
	}

	/**
	 * Whether the section comes before the tables: 一 (总体情况) opens the report, 五 and 六
	 * follow the tables of 二 to 四.
	 */
	public boolean beforeTables() {
		return "一".equals(section);
	}

}
