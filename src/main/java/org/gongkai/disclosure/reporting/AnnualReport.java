package org.gongkai.disclosure.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The annual report of one agency for one year, in one format: its statutory tables ({@code sections}, in section
 * order) and its narrative sections ({@code texts}). Exports render exactly this record.
 */
public record AnnualReport(int year, AgencyRef agency, String format, List<ReportTable> sections,
                           List<ReportText> texts) {

    public AnnualReport {
        sections = List.copyOf(sections);
        texts = List.copyOf(texts);
    }

    @JsonProperty("consistent")
    public boolean consistent() {
        return sections.stream().allMatch(ReportTable::consistent);
    }

    public record AgencyRef(String code, String name) {
    }
}
