package org.gongkai.disclosure.reporting;

/**
 * The outcome of one consistency rule (勾稽关系) on a report, with the figures that prove it
 * either way.
 */
public record CheckResult(String rule, boolean passed, String detail) {
}
