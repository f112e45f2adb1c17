package org.gongkai.disclosure.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Section 三 counted in one SQL aggregation over our own case table (never over Camunda history, which is cleaned
 * up). Only cases that touch the year are read: received by its last day and not closed before its first.
 */
@Repository
class RequestStatistics {

    /** The one query of section 三; parameters {@code :agency}, {@code :first} and {@code :last} (the year). */
    static final String SQL = """
            select applicant_category, outcome,
                   count(*) filter (where received_on >= :first)             as received,
                   count(*) filter (where received_on < :first)              as carried_over,
                   count(*) filter (where closed_on <= :last)                as closed,
                   count(*) filter (where closed_on is null or closed_on > :last)         as carried_forward
            from disclosure_case
            where agency_id = :agency
              and received_on <= :last
              and (closed_on is null or closed_on >= :first)
            group by applicant_category, outcome""";

    private final JdbcClient jdbc;

    RequestStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RequestCounts countsFor(UUID agencyId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        RequestCounts counts = new RequestCounts();
        jdbc.sql(SQL)
                .param("agency", agencyId).param("first", first).param("last", last)
                .query(rs -> {
                    ApplicantCategory column = ApplicantCategory.valueOf(rs.getString("applicant_category"));
                    counts.addReceived(column, rs.getLong("received"));
                    counts.addCarriedOver(column, rs.getLong("carried_over"));
                    counts.addCarriedForward(column, rs.getLong("carried_forward"));
                    String outcome = rs.getString("outcome");
                    if (outcome != null) {
                        counts.addClosed(column, Outcome.valueOf(outcome), rs.getLong("closed"));
                    }
                });
        return counts;
    }
}
