package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 信息处理费 figures from the fee records (casework's read contract, the view
 * {@code fee_report}): one aggregation per report, grouped by agency; each figure defined
 * once (predicate and aggregate) and used both to count and to list the cases behind it.
 */
@Repository
class FeeStatistics {

	enum FeeMeasure {

		NOTICES("本年发出收费通知", "f.notified_on between :first and :last", "count(*) filter (where %s)"),
		PAID("本年缴费", "f.paid_on between :first and :last", "count(*) filter (where %s)"),
		COLLECTED_YUAN("本年实际收取金额（元）", "f.paid_on between :first and :last",
				"coalesce(sum(f.amount_yuan) filter (where %s), 0)"),
		COLLECTED_TO_DATE_YUAN("截至年末累计收取金额（元）", "f.paid_on <= :last",
				"coalesce(sum(f.amount_yuan) filter (where %s), 0)");

		final String description;

		final String predicate;

		final String aggregate;

		FeeMeasure(String description, String predicate, String aggregate) {
			this.description = description;
			this.predicate = predicate;
			this.aggregate = aggregate;
		}

	}

	private final JdbcClient jdbc;

	FeeStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per agency, per measure. */
	Map<UUID, Map<FeeMeasure, Long>> count(Collection<UUID> agencies, int year) {
		Map<UUID, Map<FeeMeasure, Long>> result = new LinkedHashMap<>();
		if (agencies.isEmpty()) {
			return result;
		}
		String columns = Arrays.stream(FeeMeasure.values())
			.map(m -> m.aggregate.formatted(m.predicate))
			.collect(Collectors.joining(", "));
		jdbc.sql("select f.agency_id, " + columns + " from fee_report f "
				+ "where f.agency_id in (:agencies) and f.notified_on <= :last group by f.agency_id")
			.param("agencies", agencies)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				Map<FeeMeasure, Long> values = new EnumMap<>(FeeMeasure.class);
				for (FeeMeasure m : FeeMeasure.values()) {
					values.put(m, rs.getLong(2 + m.ordinal()));
				}
				result.put(rs.getObject(1, UUID.class), values);
			});
		return result;
	}

	record FeeCase(UUID caseId, String reference, String agencyCode, LocalDate notifiedOn, LocalDate paidOn,
			long amountYuan) {
	}

	/**
	 * As {@link CaseStatistics#cases}: from {@code offset}, at most {@code limit} (0:
	 * all).
	 */
	void cases(List<ReportData.ScopedAgency> agencies, int year, FeeMeasure measure, long offset, int limit,
			Consumer<FeeCase> each) {
		if (agencies.isEmpty()) {
			return;
		}
		Map<UUID, String> codes = CaseStatistics.codes(agencies);
		var spec = jdbc.sql(
				"select f.case_id, f.reference, f.agency_id, f.notified_on, f.paid_on, f.amount_yuan from fee_report f "
						+ "where f.agency_id in (:agencies) and f.notified_on <= :last and (" + measure.predicate
						+ ") order by f.reference" + (limit > 0 ? " limit :limit" : "") + " offset :offset")
			.param("agencies", codes.keySet())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("offset", offset);
		if (limit > 0) {
			spec = spec.param("limit", limit);
		}
		spec.query((RowCallbackHandler) rs -> each
			.accept(new FeeCase(rs.getObject(1, UUID.class), rs.getString(2), codes.get(rs.getObject(3, UUID.class)),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getLong(6))));
	}

}
