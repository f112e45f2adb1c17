package org.gongkai.disclosure.appeals;

/** Where an appeal stands for the office. */
public enum AppealStatus {

	AWAITING_ANSWER("待提交答复（答辩）及证据"), AWAITING_DECISION("已答复，待复议决定或裁判"), DECIDED("已审结"), WITHDRAWN("已撤回（终止/准予撤诉）");

	private final String label;

	AppealStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isPending() {
		return this == AWAITING_ANSWER || this == AWAITING_DECISION;
	}

}
