package org.gongkai.disclosure.reporting.export;

/**
 * What to export: the report (agency, year, format, scope, as the report page chose it),
 * the file type and whether the charts appendix is wanted.
 */
public record ExportRequest(String agencyCode, int year, String format, String scope, ReportExports.Type type,
		boolean charts) {
}
