package org.gongkai.disclosure.appeals;

/**
 * The result columns of section 四 a decided appeal can fall in (尚未审结 is not a result: it
 * is no decision yet).
 */
public enum AppealResult {

	UPHELD("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果");

	private final String label;

	AppealResult(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
