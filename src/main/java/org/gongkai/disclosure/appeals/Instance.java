package org.gongkai.disclosure.appeals;

/** 一审 or 二审 of a lawsuit. */
public enum Instance {

	FIRST("一审"), SECOND("二审");

	private final String label;

	Instance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
