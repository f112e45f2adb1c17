package org.gongkai.disclosure.reporting;

import java.util.Arrays;

/**
 * Section 四's figures before they become a table: for each column group (行政复议, 未经复议直接起诉,
 * 复议后起诉) the number of cases 结果维持, 结果纠正, 其他结果 and 尚未审结.
 */
public final class AppealCounts {

	public enum Group {

		REVIEW, DIRECT_SUIT, SUIT_AFTER_REVIEW

	}

	public enum Result {

		UPHELD, CORRECTED, OTHER, PENDING

	}

	private final long[][] counts = new long[Group.values().length][Result.values().length];

	public void add(Group group, Result result, long n) {
		counts[group.ordinal()][result.ordinal()] += n;
	}

	public long get(Group group, Result result) {
		return counts[group.ordinal()][result.ordinal()];
	}

	@Override
	public String toString() {
		return Arrays.deepToString(counts);
	}

}
