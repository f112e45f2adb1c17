package org.gongkai.disclosure.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The annual report of one agency for one year, in one format, section by section. */
public record AnnualReport(int year, AgencyRef agency, String format, List<ReportTable> sections) {

    @JsonProperty("consistent")
    public boolean consistent() {
        return sections.stream().allMatch(ReportTable::consistent);
    }

    public record AgencyRef(String code, String name) {
    }
}
