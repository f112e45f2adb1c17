package org.gongkai.disclosure.reporting;

import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.proactive.ProactiveItem;

/**
 * Where a number of the report comes from. The renderer reads the value through its
 * source, and the drill-down lists the records of the same source, so a number and its
 * list cannot disagree.
 */
sealed interface CellSource {

	/** Cases of a measure, in one applicant column (null: all columns, the 总计 column). */
	record Cases(CaseMeasure measure, ApplicantCategory column) implements CellSource {
	}

	/** A figure from the fee records; {@code scale} 4 prints yuan as 万元. */
	record Fees(FeeStatistics.FeeMeasure measure, int scale) implements CellSource {
	}

	/** The current figure of a registry item (blank when never entered). */
	record Registry(ProactiveItem item) implements CellSource {
	}

	/**
	 * A value the records fix without a countable set behind it, or a blank the records
	 * cannot fill; the reason is shown with the drill-down and, for a blank, in the
	 * checks.
	 */
	record Fixed(Long value, String reason) implements CellSource {
	}

}
