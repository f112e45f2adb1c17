package org.gongkai.disclosure.reporting;

import org.gongkai.disclosure.agencies.Agency;

/**
 * One report someone may read: the agency, the year, the format and the scope, checked by
 * {@link ReportAccess}.
 */
record ReportRequest(Agency agency, int year, ReportFormat format, ReportScope scope) {

	/** The same report in another format (a published version's). */
	ReportRequest inFormat(String format) {
		return new ReportRequest(agency, year, ReportFormat.named(format), scope);
	}

	/** How the audit trail names this report. */
	String id() {
		return agency.code() + "/" + year + (scope == ReportScope.SUMMARY ? "/summary" : "");
	}

}
