package org.gongkai.disclosure.reporting;

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

	private final CaseCounts counts = new CaseCounts(SectionThree.measures());

	public SectionThreeCounts addReceived(ApplicantCategory column, long n) {
		counts.add(AGENCY, column, null, CaseMeasure.RECEIVED, n);
		return this;
	}

	public SectionThreeCounts addCarriedOver(ApplicantCategory column, long n) {
		counts.add(AGENCY, column, null, CaseMeasure.CARRIED_OVER, n);
		return this;
	}

	/**
	 * Closed in the year with {@code outcome}: the 本年办结 condition in the group of that
	 * result, which counts in its row and in （七）总计.
	 */
	public SectionThreeCounts addClosed(ApplicantCategory column, Outcome outcome, long n) {
		counts.add(AGENCY, column, outcome, CaseMeasure.CLOSED, n);
		return this;
	}

	public SectionThreeCounts addCarriedForward(ApplicantCategory column, long n) {
		counts.add(AGENCY, column, null, CaseMeasure.CARRIED_FORWARD, n);
		return this;
	}

	/** The 2021 table (or with {@code fold2019} the 2019 one) with its checks. */
	public ReportTable table(boolean fold2019) {
		ReportData data = new ReportData(2021, List.of(new ReportData.ScopedAgency(AGENCY, "T", "测试机关")), counts,
				Map.of(), List.of());
		return SectionThree.render(new Cells(data), fold2019);
	}

	public ReportTable table() {
		return table(false);
	}

}
