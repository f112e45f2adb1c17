package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 信息处理费 figures from the fee records (casework's view {@code case_fee_report}): one
 * aggregation per report, grouped by agency; each figure defined once (predicate and
 * aggregate) and used both to count and to list the cases behind it.
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

	/** The fee records as casework publishes them to the report. */
	private static final String FEES = "case_fee_report f";

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
		jdbc.sql("select c.agency_id, " + columns + " from " + FEES + " join disclosure_case c on c.id = f.case_id "
				+ "where c.agency_id in (:agencies) and f.notified_on <= :last group by c.agency_id")
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

	record FeeCase(String reference, String agencyCode, LocalDate notifiedOn, LocalDate paidOn, long amountYuan) {
	}

	List<FeeCase> cases(Collection<UUID> agencies, int year, FeeMeasure measure, int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select c.reference, a.code, f.notified_on, f.paid_on, f.amount_yuan from " + FEES
					+ " join disclosure_case c on c.id = f.case_id join agency a on a.id = c.agency_id "
					+ "where c.agency_id in (:agencies) and f.notified_on <= :last and (" + measure.predicate
					+ ") order by c.reference limit :limit")
			.param("agencies", agencies)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("limit", limit)
			.query((rs, n) -> new FeeCase(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getLong(5)))
			.list();
	}

}
