/**
 * Historic ledger (台账) import: an agency's past requests from CSV or XLSX, checked row by row against the domain
 * rules, written in one transaction through {@code casework.HistoricCases} or not at all, with the progress of
 * large files and every bad row's line and reason. The appeals part waits for the appeals schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.gongkai.disclosure.imports;
