package org.gongkai.disclosure.reporting;

import java.util.Arrays;

import org.gongkai.disclosure.shared.Refusal;

/**
 * Whose records a report counts: the agency alone, or the agency and every agency below
 * it (government summary).
 */
public enum ReportScope {

	AGENCY("agency"), SUMMARY("summary");

	private final String param;

	ReportScope(String param) {
		this.param = param;
	}

	public String param() {
		return param;
	}

	public static ReportScope of(String param) {
		if (param == null || param.isBlank()) {
			return AGENCY;
		}
		return Arrays.stream(values())
			.filter(s -> s.param.equals(param))
			.findFirst()
			.orElseThrow(() -> new Refusal("refusal.reporting.scope.unknown", param));
	}

}
