package org.gongkai.disclosure.fees;

/** The two ways of charging 信息处理费 (国办函〔2020〕109号 art 3); one per request, never both. */
public enum FeeMode {

	PER_REQUEST("按件计收"), PER_VOLUME("按量计收");

	private final String label;

	FeeMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
