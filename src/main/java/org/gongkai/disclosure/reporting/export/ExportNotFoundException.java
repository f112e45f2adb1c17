package org.gongkai.disclosure.reporting.export;

/**
 * No such export, or not one the current user asked for: both answer 404 (RFC 9457
 * problem details, worded by {@link AnnualReportExportController}).
 */
class ExportNotFoundException extends RuntimeException {

	ExportNotFoundException() {
		super("no such export of this user");
	}

}
