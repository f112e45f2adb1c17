package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.gongkai.disclosure.reporting.AppealCounts.Group;
import org.gongkai.disclosure.reporting.AppealCounts.Result;
import org.gongkai.disclosure.shared.StateRefusal;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Section 四 counted in one SQL aggregation over appeals' read contract, the view
 * {@code appeal_report} (one row per counted appeal — a 复议, or a lawsuit as its first
 * instance — with the decision that stands and its result category; V70), never Camunda
 * history, by the rules of docs/statute.md#part-a and #s2.3:
 * <ul>
 * <li>an appeal counts in the year it was filed, and in every later year it is still
 * pending at the start of (filed by the year's end and not decided before its first
 * day);</li>
 * <li>decided by the year's end: the column of its result category (the administrator's
 * mapping of its decision type, or the category an imported ledger gives); otherwise
 * 尚未审结;</li>
 * <li>a lawsuit counts once, as its first instance; a second instance's judgment replaces
 * the first instance's result, except 驳回上诉、维持原判, under which the first instance's result
 * stands (the view applies this); while a second instance is pending the suit is
 * 尚未审结;</li>
 * <li>a suit sent back for retrial (二审发回重审, 行政诉讼法 art 89 ¶1 (三)(四)) is still one suit,
 * counted by case and not by instance (国办公开办函〔2016〕201号): 尚未审结 until the retrial (or its
 * own second instance) ends, then with that decision; the retrial is never counted on its
 * own (the view folds it in, V123);</li>
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
			with classified as (
			    select r.*,
			           case when r.kind = 'REVIEW' then 'REVIEW'
			                when r.route = 'DIRECT' then 'DIRECT_SUIT' else 'SUIT_AFTER_REVIEW' end as grp,
			           case when r.decided_on is null or r.decided_on > :last then 'PENDING'
			                else r.result_category end                             as result
			    from appeal_report r
			    where r.agency_id in (:agencies)
			      and r.filed_on <= :last
			      and (r.decided_on is null or r.decided_on >= :first))
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
					throw new StateRefusal("refusal.reporting.appealResultUnmapped");
				}
				byAgency.computeIfAbsent(rs.getObject("agency_id", UUID.class), a -> new AppealCounts())
					.add(Group.valueOf(rs.getString("grp")), Result.valueOf(result), rs.getLong("n"));
			});
		return byAgency;
	}

	/**
	 * The appeals behind one number of section 四 ({@code result} null: the group's 总计),
	 * from {@code offset}, at most {@code limit} (0: all).
	 */
	void appeals(List<ReportData.ScopedAgency> agencies, int year, Group group, Result result, long offset, int limit,
			Consumer<CountedAppeal> each) {
		if (agencies.isEmpty()) {
			return;
		}
		Map<UUID, String> codes = CaseStatistics.codes(agencies);
		var spec = jdbc.sql(COUNTED + """
				select cl.id, cl.reference, cl.case_reference, cl.agency_id, cl.filed_on, cl.decided_on,
				       cl.decision_type, cl.result
				from classified cl
				where cl.grp = :group and (cast(:result as varchar) is null or cl.result = :result)
				order by cl.filed_on, cl.reference""" + (limit > 0 ? " limit :limit" : "") + " offset :offset")
			.param("agencies", codes.keySet())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.param("group", group.name())
			.param("result", result == null ? null : result.name())
			.param("offset", offset);
		if (limit > 0) {
			spec = spec.param("limit", limit);
		}
		spec.query((RowCallbackHandler) rs -> each.accept(new CountedAppeal(rs.getObject("id", UUID.class),
				rs.getString("reference"), rs.getString("case_reference"),
				codes.get(rs.getObject("agency_id", UUID.class)), rs.getObject("filed_on", LocalDate.class),
				rs.getObject("decided_on", LocalDate.class), rs.getString("decision_type"), rs.getString("result"))));
	}

	/** An appeal as the drill-down lists it. */
	record CountedAppeal(UUID id, String reference, String caseReference, String agencyCode, LocalDate filedOn,
			LocalDate decidedOn, String decisionType, String result) {
	}

}
