package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.reporting.AppealCounts.Group;
import org.gongkai.disclosure.reporting.AppealCounts.Result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Section 四 counted in one SQL aggregation over our own appeal records (never Camunda
 * history), by the rules of docs/statute.md#part-a and #s2.3:
 * <ul>
 * <li>an appeal counts in the year it was filed, and in every later year it is still
 * pending at the start of (filed by the year's end and not decided before its first
 * day);</li>
 * <li>decided by the year's end: the column of its decision type in
 * {@code appeal_result_mapping} (editable by an administrator) — or, for an appeal
 * imported from a ledger (no decision type), the result category the ledger gives
 * ({@code ledger_result}, closed on {@code decided_on}); otherwise 尚未审结;</li>
 * <li>a lawsuit counts once, as its first instance; a second instance's judgment replaces
 * the first instance's result, except 驳回上诉、维持原判, under which the first instance's result
 * stands; while a second instance is pending the suit is 尚未审结;</li>
 * <li>only the original organ counts an appeal (国办公开办函〔2016〕201号): an agency that was the
 * 复议机关 and co-defendant does not.</li>
 * </ul>
 */
@Repository
class AppealStatistics {

	private final JdbcClient jdbc;

	AppealStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each counted appeal of the agencies in the year with its group and result: the one
	 * definition that both the count and the drill-down read.
	 */
	private static final String COUNTED = """
			with counted as (
			    select a.id, a.reference, a.case_reference, a.kind, a.route, a.filed_on, a.agency_id, a.ledger_result,
			           case when s.id is null then a.decision_type
			                when s.decision_type = 'APPEAL_DISMISSED' then a.decision_type
			                else s.decision_type end                          as decision_type,
			           case when s.id is null then a.decided_on else s.decided_on end as decided_on
			    from appeal a
			    left join appeal s on s.predecessor_id = a.id and s.instance = 'SECOND'
			    where a.agency_id in (:agencies)
			      and (a.instance is null or a.instance = 'FIRST')),
			classified as (
			    select c.*,
			           case when c.kind = 'REVIEW' then 'REVIEW'
			                when c.route = 'DIRECT' then 'DIRECT_SUIT' else 'SUIT_AFTER_REVIEW' end as grp,
			           case when c.decided_on is null or c.decided_on > :last then 'PENDING'
			                else coalesce(m.result, c.ledger_result) end          as result
			    from counted c
			    left join appeal_result_mapping m on m.decision_type = c.decision_type
			    where c.filed_on <= :last
			      and (c.decided_on is null or c.decided_on >= :first))
			""";

	AppealCounts countsFor(List<UUID> agencyIds, int year) {
		AppealCounts total = new AppealCounts();
		countsByAgency(agencyIds, year).values().forEach(counts -> {
			for (Group g : Group.values()) {
				for (Result r : Result.values()) {
					total.add(g, r, counts.get(g, r));
				}
			}
		});
		return total;
	}

	/**
	 * The counts of each agency (agencies without any appeal are absent), from the one
	 * aggregation.
	 */
	Map<UUID, AppealCounts> countsByAgency(List<UUID> agencyIds, int year) {
		Map<UUID, AppealCounts> byAgency = new LinkedHashMap<>();
		if (agencyIds.isEmpty()) {
			return byAgency;
		}
		jdbc.sql(COUNTED + "select agency_id, grp, result, count(*) as n from classified group by 1, 2, 3")
			.param("agencies", agencyIds)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(rs -> {
				String result = rs.getString("result");
				if (result == null) {
					throw new IllegalStateException("复议决定或裁判类型未配置统计口径");
				}
				byAgency.computeIfAbsent(rs.getObject("agency_id", UUID.class), a -> new AppealCounts())
					.add(Group.valueOf(rs.getString("grp")), Result.valueOf(result), rs.getLong("n"));
			});
		return byAgency;
	}

	/**
	 * The appeals behind one number of section 四 ({@code result} null: the group's 总计),
	 * at most {@code limit}.
	 */
	List<CountedAppeal> appeals(List<UUID> agencyIds, int year, Group group, Result result, int limit) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COUNTED + """
				select cl.reference, cl.case_reference, ag.code as agency_code, cl.filed_on, cl.decided_on,
				       cl.decision_type, cl.result
				from classified cl join agency ag on ag.id = cl.agency_id
				where cl.grp = :group and (cast(:result as varchar) is null or cl.result = :result)
				order by cl.filed_on, cl.reference
				limit :limit""")
			.param("agencies", agencyIds)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("group", group.name())
			.param("result", result == null ? null : result.name())
			.param("limit", limit)
			.query((rs, n) -> new CountedAppeal(rs.getString("reference"), rs.getString("case_reference"),
					rs.getString("agency_code"), rs.getObject("filed_on", LocalDate.class),
					rs.getObject("decided_on", LocalDate.class), rs.getString("decision_type"), rs.getString("result")))
			.list();
	}

	/** An appeal as the drill-down lists it. */
	record CountedAppeal(String reference, String caseReference, String agencyCode, LocalDate filedOn,
			LocalDate decidedOn, String decisionType, String result) {
	}

}
