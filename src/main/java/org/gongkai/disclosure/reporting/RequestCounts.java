package org.gongkai.disclosure.reporting;

import java.util.EnumMap;
import java.util.Map;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * The raw counts behind section 三 for one agency and year, per applicant column, by the year-boundary rules of
 * statute.md Part A: received in the year; received before and open at its start; closed in the year by outcome;
 * open at its end.
 */
public final class RequestCounts {

    private final Map<ApplicantCategory, Long> received = new EnumMap<>(ApplicantCategory.class);
    private final Map<ApplicantCategory, Long> carriedOver = new EnumMap<>(ApplicantCategory.class);
    private final Map<ApplicantCategory, Long> carriedForward = new EnumMap<>(ApplicantCategory.class);
    private final Map<ApplicantCategory, Map<Outcome, Long>> closed = new EnumMap<>(ApplicantCategory.class);

    public RequestCounts addReceived(ApplicantCategory column, long n) {
        received.merge(column, n, Long::sum);
        return this;
    }

    public RequestCounts addCarriedOver(ApplicantCategory column, long n) {
        carriedOver.merge(column, n, Long::sum);
        return this;
    }

    public RequestCounts addCarriedForward(ApplicantCategory column, long n) {
        carriedForward.merge(column, n, Long::sum);
        return this;
    }

    public RequestCounts addClosed(ApplicantCategory column, Outcome outcome, long n) {
        closed.computeIfAbsent(column, c -> new EnumMap<>(Outcome.class)).merge(outcome, n, Long::sum);
        return this;
    }

    long received(ApplicantCategory column) {
        return received.getOrDefault(column, 0L);
    }

    long carriedOver(ApplicantCategory column) {
        return carriedOver.getOrDefault(column, 0L);
    }

    long carriedForward(ApplicantCategory column) {
        return carriedForward.getOrDefault(column, 0L);
    }

    long closed(ApplicantCategory column, Outcome outcome) {
        return closed.getOrDefault(column, Map.of()).getOrDefault(outcome, 0L);
    }
}
