package org.gongkai.disclosure.appeals;

/** How a lawsuit reached the court: the two 行政诉讼 column groups of section 四. */
public enum LitigationRoute {

	DIRECT("未经复议直接起诉"), AFTER_REVIEW("复议后起诉");

	private final String label;

	LitigationRoute(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
