package org.gongkai.disclosure.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * Counts for section 三 as the case aggregation would return them, rendered through the
 * production path ({@link CaseCounts} → {@link Cells} → {@link SectionThree#render}), so
 * table tests exercise the code that runs.
 */
public final class SectionThreeCounts {

	private static final UUID AGENCY = UUID.randomUUID();

	private final List<CaseMeasure> measures = CaseMeasure.sectionThree();

	private final Map<ApplicantCategory, long[]> values = new EnumMap<>(ApplicantCategory.class);

	public SectionThreeCounts addReceived(ApplicantCategory column, long n) {
		return add(column, CaseMeasure.RECEIVED, n);
	}

	public SectionThreeCounts addCarriedOver(ApplicantCategory column, long n) {
		return add(column, CaseMeasure.CARRIED_OVER, n);
	}

	/**
	 * Closed in the year with {@code outcome}: counts in its row and in （七）总计, as the two
	 * measures would.
	 */
	public SectionThreeCounts addClosed(ApplicantCategory column, Outcome outcome, long n) {
		add(column, CaseMeasure.CLOSED, n);
		return add(column, CaseMeasure.closedAs(outcome), n);
	}

	public SectionThreeCounts addCarriedForward(ApplicantCategory column, long n) {
		return add(column, CaseMeasure.CARRIED_FORWARD, n);
	}

	/** The 2021 table (or with {@code fold2019} the 2019 one) with its checks. */
	public ReportTable table(boolean fold2019) {
		CaseCounts counts = new CaseCounts(measures);
		values.forEach((column, v) -> counts.put(AGENCY, column, v));
		ReportData data = new ReportData(2021, List.of(new ReportData.ScopedAgency(AGENCY, "T", "测试机关")), counts,
				Map.of(), List.of());
		return SectionThree.render(new Cells(data), fold2019);
	}

	public ReportTable table() {
		return table(false);
	}

	private SectionThreeCounts add(ApplicantCategory column, CaseMeasure measure, long n) {
		long[] v = values.computeIfAbsent(column, c -> new long[measures.size()]);
		for (int i = 0; i < measures.size(); i++) {
			if (measures.get(i).key().equals(measure.key())) {
				v[i] += n;
				return this;
			}
		}
		throw new IllegalArgumentException("not a section 三 measure: " + measure.key());
	}

}
