/**
 * Historic ledger (台账) import: an agency's past requests from CSV or XLSX, checked row by
 * row against the domain rules, written in one transaction through
 * {@code casework.HistoricCases} or not at all, with the progress of large files and
 * every bad row's line and reason; and the appeals of those requests (行政复议、行政诉讼), written
 * through {@code appeals.HistoricAppeals}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.gongkai.disclosure.imports;
