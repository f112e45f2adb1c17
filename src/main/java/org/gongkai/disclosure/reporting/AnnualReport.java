package org.gongkai.disclosure.reporting;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The annual report of one agency for one year, in one format: its statutory tables
 * ({@code sections}, in section order) and its narrative sections ({@code texts}).
 * Exports render exactly this record. {@code scope} is {@code agency} (the agency's own
 * cases and records) or {@code summary} (the agency and every agency below it);
 * {@code publication} tells whether the year was published and whether the figures have
 * changed since.
 */
public record AnnualReport(int year, AgencyRef agency, String format, List<ReportTable> sections,
		List<ReportText> texts, String scope, Publication publication) {

	public AnnualReport {
		sections = List.copyOf(sections);
		texts = List.copyOf(texts);
		scope = scope == null ? ReportScope.AGENCY.param() : scope;
		publication = publication == null ? Publication.NONE : publication;
	}

	public AnnualReport(int year, AgencyRef agency, String format, List<ReportTable> sections, List<ReportText> texts) {
		this(year, agency, format, sections, texts, null, null);
	}

	@JsonProperty("consistent")
	public boolean consistent() {
		return sections.stream().allMatch(ReportTable::consistent);
	}

	public AnnualReport withPublication(Publication publication) {
		return new AnnualReport(year, agency, format, sections, texts, scope, publication);
	}

	public record AgencyRef(String code, String name) {
	}

	/**
	 * The latest published version of this report (null fields if never published) and
	 * whether the report as computed now differs from it ({@code restatementNeeded}, with
	 * the number of changed cells and texts).
	 */
	public record Publication(Integer version, String format, Instant publishedAt, String publishedBy,
			boolean correction, boolean restatementNeeded, int changes) {
		public static final Publication NONE = new Publication(null, null, null, null, false, false, 0);

	}
}
