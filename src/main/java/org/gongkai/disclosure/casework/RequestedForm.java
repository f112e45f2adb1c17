package org.gongkai.disclosure.casework;

/** The form in which the applicant wants the information (条例 art 29(三), art 40). */
public enum RequestedForm {

	PAPER("纸质文本"), ELECTRONIC("电子数据"), INSPECTION("查阅、抄录");

	private final String label;

	RequestedForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
