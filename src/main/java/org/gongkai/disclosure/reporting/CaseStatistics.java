package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case counts for the annual report: ONE SQL aggregation over casework's read contract,
 * the view {@code case_report} (never Camunda history, which is cleaned up), grouped by
 * agency, applicant column and first result, with one {@code count(*) filter (where …)}
 * per distinct {@link CaseMeasure} condition — four for table 三, whose 21 result rows are
 * the 本年办结 condition read per result. Only cases received by the year's end are read, and
 * unless a measure counts to date, only those not closed before the year began: the
 * index-only scan of {@code disclosure_case_agency_received_counted} (V60). The
 * drill-down lists the cases of one measure with the very same predicate.
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
		int n = counts.conditions().size();
		jdbc.sql(sql(measures))
			.param("agencies", agencies)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				long[] values = new long[n];
				for (int i = 0; i < n; i++) {
					values[i] = rs.getLong(4 + i);
				}
				String outcome = rs.getString(3);
				counts.add(rs.getObject(1, UUID.class), ApplicantCategory.valueOf(rs.getString(2)),
						outcome == null ? null : Outcome.valueOf(outcome), values);
			});
		return counts;
	}

	/**
	 * The one aggregation: a {@code count(*) filter} per distinct condition, by agency,
	 * applicant column and first result.
	 */
	String sql(List<CaseMeasure> wanted) {
		List<CaseMeasure> measures = CaseMeasure.distinct(wanted);
		String filters = new CaseCounts(measures).conditions()
			.stream()
			.map(condition -> "count(*) filter (where " + condition + ")")
			.collect(Collectors.joining(",\n       "));
		boolean toDate = measures.stream().anyMatch(CaseMeasure::toDate);
		return "select c.agency_id, c.applicant_category, c.counted_outcome,\n       " + filters
				+ "\nfrom case_report c\nwhere " + BASE + (toDate ? "" : TOUCHES_YEAR)
				+ "\ngroup by c.agency_id, c.applicant_category, c.counted_outcome";
	}

	/** One case behind a number. */
	/**
	 * A case as the drill-down lists it; {@code hasCasePage} unless it was imported from
	 * a ledger.
	 */
	record CountedCase(UUID id, String reference, String agencyCode, String applicantCategory, String channel,
			LocalDate receivedOn, LocalDate closedOn, String outcome, boolean hasCasePage) {
	}

	/**
	 * The cases a measure counts (for one column, or all when null), by reference, from
	 * {@code offset}, at most {@code limit} (all when {@code limit} is 0), each to
	 * {@code each} as it is read.
	 */
	void cases(List<ReportData.ScopedAgency> agencies, int year, CaseMeasure measure, ApplicantCategory column,
			long offset, int limit, Consumer<CountedCase> each) {
		if (agencies.isEmpty()) {
			return;
		}
		Map<UUID, String> codes = codes(agencies);
		String sql = "select c.id, c.reference, c.agency_id, c.applicant_category, c.channel, c.received_on, "
				+ "c.counted_closed_on, c.counted_outcome, c.origin from case_report c where " + BASE
				+ (measure.toDate() ? "" : TOUCHES_YEAR) + " and (" + measure.predicate() + ")"
				+ (column == null ? "" : " and c.applicant_category = :column") + " order by c.reference"
				+ (limit > 0 ? " limit :limit" : "") + " offset :offset";
		var spec = jdbc.sql(sql)
			.param("agencies", codes.keySet())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("offset", offset);
		if (limit > 0) {
			spec = spec.param("limit", limit);
		}
		if (column != null) {
			spec = spec.param("column", column.name());
		}
		spec.query((RowCallbackHandler) rs -> each.accept(
				new CountedCase(rs.getObject(1, UUID.class), rs.getString(2), codes.get(rs.getObject(3, UUID.class)),
						rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
						rs.getObject(7, LocalDate.class), rs.getString(8), "SYSTEM".equals(rs.getString(9)))));
	}

	/** Each agency's code by id: the records name the agency by code. */
	static Map<UUID, String> codes(List<ReportData.ScopedAgency> agencies) {
		return agencies.stream()
			.collect(Collectors.toMap(ReportData.ScopedAgency::id, ReportData.ScopedAgency::code, (a, b) -> a,
					LinkedHashMap::new));
	}

}
