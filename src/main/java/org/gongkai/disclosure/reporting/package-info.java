/**
 * The annual report (政府信息公开工作年度报告): statutory tables computed in SQL from our own
 * records, with their consistency checks. Read side only: it never changes a case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.gongkai.disclosure.reporting;
