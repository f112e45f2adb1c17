package org.gongkai.disclosure.appeals;

/** 行政复议 or 行政诉讼. */
public enum AppealKind {

	REVIEW("行政复议"), LITIGATION("行政诉讼");

	private final String label;

	AppealKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
