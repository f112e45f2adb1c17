package org.gongkai.disclosure.reporting;

import java.util.List;

/**
 * One row of a statutory table: a stable key, the official label verbatim, the heading it sits under (if any), and
 * its values in the documented column order.
 */
public record ReportRow(String key, String label, String group, List<Long> values) {

    public ReportRow {
        values = List.copyOf(values);
    }

    public long value(int column) {
        return values.get(column);
    }
}
