package org.gongkai.disclosure.fees;

import java.util.List;

/**
 * An amount of 信息处理费 with the working that reproduces it from the tiers, line by line.
 */
public record FeeQuote(FeeMode mode, int quantity, int priorRequestsThisMonth, long amountYuan,
		List<String> explanation) {

	public FeeQuote {
		explanation = List.copyOf(explanation);
	}

	public boolean free() {
		return amountYuan == 0;
	}
}
