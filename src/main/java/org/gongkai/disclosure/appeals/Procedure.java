package org.gongkai.disclosure.appeals;

/**
 * 普通程序 or 简易程序 (复议法 art 53(四) and 行政诉讼法 art 82(三) both name 政府信息公开 cases for the latter).
 */
public enum Procedure {

	ORDINARY("普通程序"), SIMPLIFIED("简易程序");

	private final String label;

	Procedure(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
