package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.applicants.ApplicantCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case counts for the annual report: ONE SQL aggregation over our own case table (never
 * Camunda history, which is cleaned up), one {@code count(*) filter (where …)} per
 * {@link CaseMeasure}, grouped by agency and applicant column. Only cases received by the
 * year's end are read, and unless a measure counts to date, only those not closed before
 * the year began. The drill-down lists the cases of one measure with the very same
 * predicate.
 */
@Repository
class CaseStatistics {

	static final String BASE = "c.agency_id in (:agencies) and c.received_on <= :last";
	static final String TOUCHES_YEAR = " and (c.counted_closed_on is null or c.counted_closed_on >= :first)";

	private final JdbcClient jdbc;

	CaseStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CaseCounts count(Collection<UUID> agencies, int year, List<CaseMeasure> wanted) {
		List<CaseMeasure> measures = CaseMeasure.distinct(wanted);
		CaseCounts counts = new CaseCounts(measures);
		if (agencies.isEmpty() || measures.isEmpty()) {
			return counts;
		}
		jdbc.sql(sql(measures))
			.param("agencies", agencies)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				long[] values = new long[measures.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = rs.getLong(3 + i);
				}
				counts.put(rs.getObject(1, UUID.class), ApplicantCategory.valueOf(rs.getString(2)), values);
			});
		return counts;
	}

	/**
	 * The one aggregation: a {@code count(*) filter} per measure, by agency and applicant
	 * column.
	 */
	String sql(List<CaseMeasure> wanted) {
		List<CaseMeasure> measures = CaseMeasure.distinct(wanted);
		String filters = measures.stream()
			.map(m -> "count(*) filter (where " + m.predicate() + ")")
			.collect(Collectors.joining(",\n       "));
		boolean toDate = measures.stream().anyMatch(CaseMeasure::toDate);
		return "select c.agency_id, c.applicant_category,\n       " + filters + "\nfrom disclosure_case c\nwhere "
				+ BASE + (toDate ? "" : TOUCHES_YEAR) + "\ngroup by c.agency_id, c.applicant_category";
	}

	/** One case behind a number. */
	record CountedCase(String reference, String agencyCode, String applicantCategory, String channel,
			LocalDate receivedOn, LocalDate closedOn, String outcome) {
	}

	/**
	 * The cases a measure counts (for one column, or all when null), by reference; at
	 * most {@code limit}.
	 */
	List<CountedCase> cases(Collection<UUID> agencies, int year, CaseMeasure measure, ApplicantCategory column,
			int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		String sql = "select c.reference, a.code, c.applicant_category, c.channel, c.received_on, c.counted_closed_on, "
				+ "c.counted_outcome from disclosure_case c join agency a on a.id = c.agency_id where " + BASE
				+ (measure.toDate() ? "" : TOUCHES_YEAR) + " and (" + measure.predicate() + ")"
				+ (column == null ? "" : " and c.applicant_category = :column") + " order by c.reference limit :limit";
		var spec = jdbc.sql(sql)
			.param("agencies", agencies)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("limit", limit);
		if (column != null) {
			spec = spec.param("column", column.name());
		}
		return spec
			.query((rs, n) -> new CountedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
			.list();
	}

}
