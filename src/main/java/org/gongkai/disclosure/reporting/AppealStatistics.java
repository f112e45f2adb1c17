package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.reporting.AppealCounts.Group;
import org.gongkai.disclosure.reporting.AppealCounts.Result;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Section 四 counted in one SQL aggregation over our own appeal records (never Camunda history), by the rules of
 * statute.md Part A and §2.3:
 * <ul>
 *   <li>an appeal counts in the year it was filed, and in every later year it is still pending at the start of
 *       (filed by the year's end and not decided before its first day);</li>
 *   <li>decided by the year's end: the column of its decision type in {@code appeal_result_mapping} (editable by an
 *       administrator) — or, for an appeal imported from a ledger (no decision type), the result category the
 *       ledger gives ({@code ledger_result}, closed on {@code decided_on}); otherwise 尚未审结;</li>
 *   <li>a lawsuit counts once, as its first instance; a second instance's judgment replaces the first instance's
 *       result, except 驳回上诉、维持原判, under which the first instance's result stands; while a second instance is
 *       pending the suit is 尚未审结;</li>
 *   <li>only the original organ counts an appeal (国办公开办函〔2016〕201号): an agency that was the 复议机关 and
 *       co-defendant does not.</li>
 * </ul>
 */
@Repository
class AppealStatistics {

    private final JdbcClient jdbc;

    AppealStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AppealCounts countsFor(UUID agencyId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        AppealCounts counts = new AppealCounts();
        jdbc.sql("""
                        with counted as (
                            select a.kind, a.route, a.filed_on, a.ledger_result,
                                   case when s.id is null then a.decision_type
                                        when s.decision_type = 'APPEAL_DISMISSED' then a.decision_type
                                        else s.decision_type end                          as decision_type,
                                   case when s.id is null then a.decided_on else s.decided_on end as decided_on
                            from appeal a
                            left join appeal s on s.predecessor_id = a.id and s.instance = 'SECOND'
                            where a.agency_id = :agency
                              and (a.instance is null or a.instance = 'FIRST'))
                        select c.kind, c.route,
                               case when c.decided_on is null or c.decided_on > :last then 'PENDING'
                                    else coalesce(m.result, c.ledger_result) end          as result,
                               count(*)                                                   as n
                        from counted c
                        left join appeal_result_mapping m on m.decision_type = c.decision_type
                        where c.filed_on <= :last
                          and (c.decided_on is null or c.decided_on >= :first)
                        group by 1, 2, 3""")
                .param("agency", agencyId).param("first", first).param("last", last)
                .query(rs -> {
                    String result = rs.getString("result");
                    if (result == null) {
                        throw new IllegalStateException("复议决定或裁判类型未配置统计口径");
                    }
                    Group group = "REVIEW".equals(rs.getString("kind")) ? Group.REVIEW
                            : "DIRECT".equals(rs.getString("route")) ? Group.DIRECT_SUIT : Group.SUIT_AFTER_REVIEW;
                    counts.add(group, Result.valueOf(result), rs.getLong("n"));
                });
        return counts;
    }
}
