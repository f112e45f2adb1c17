package org.gongkai.disclosure.decisions;

/**
 * The four group headings of section 三 under which numbered outcomes sit; they carry no
 * number of their own.
 */
public enum OutcomeGroup {

	WITHHELD("（三）不予公开"), UNAVAILABLE("（四）无法提供"), NOT_PROCESSED("（五）不予处理"), OTHER("（六）其他处理");

	private final String label;

	OutcomeGroup(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String plainLabel() {
		return label.substring(3);
	}

}
