package org.gongkai.disclosure.fees;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The progressive tiers of 国办函〔2020〕109号 (docs/statute.md#s1.12), configurable because a
 * province may set its own. 按件 (art 4): per applicant and calendar month, up to
 * {@code freeRequests} free, then {@code requestPrice} yuan each up to
 * {@code requestStepFrom - 1}, then the price rises by {@code requestStepIncrease} every
 * {@code requestStepSize} requests. 按量 (art 5): up to {@code freePages} free, then per
 * page by the page tiers. The payment window is {@code paymentWorkingDays} working days
 * from the day after the notice.
 */
@ConfigurationProperties("gongkai.fees")
public record FeeTiers(@DefaultValue("10") int freeRequests, @DefaultValue("100") int requestPrice,
		@DefaultValue("31") int requestStepFrom, @DefaultValue("10") int requestStepSize,
		@DefaultValue("100") int requestStepIncrease, @DefaultValue("30") int freePages,
		@DefaultValue("100") int pageTier1Upto, @DefaultValue("10") int pageTier1Price,
		@DefaultValue("200") int pageTier2Upto, @DefaultValue("20") int pageTier2Price,
		@DefaultValue("40") int pageTier3Price, @DefaultValue("20") int paymentWorkingDays) {

	/** The national tiers as published. */
	public static FeeTiers national() {
		return new FeeTiers(10, 100, 31, 10, 100, 30, 100, 10, 200, 20, 40, 20);
	}

	/**
	 * The price of the {@code n}-th request of an applicant in a calendar month
	 * (1-based).
	 */
	int priceOfRequest(int n) {
		if (n <= freeRequests) {
			return 0;
		}
		if (n < requestStepFrom) {
			return requestPrice;
		}
		return requestPrice + requestStepIncrease * (1 + (n - requestStepFrom) / requestStepSize);
	}

	/** The price of the {@code n}-th page of a request (1-based). */
	int priceOfPage(int n) {
		if (n <= freePages) {
			return 0;
		}
		if (n <= pageTier1Upto) {
			return pageTier1Price;
		}
		return n <= pageTier2Upto ? pageTier2Price : pageTier3Price;
	}
}
