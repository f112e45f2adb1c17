package org.gongkai.disclosure.fees;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.gongkai.disclosure.shared.Refusal;

import org.springframework.stereotype.Component;

/**
 * 信息处理费 by the progressive (超额累进) tiers of 国办函〔2020〕109号: each unit is priced by the tier
 * it falls in, and the explanation groups consecutive units of one price, so that anyone
 * can redo the sum.
 */
@Component
public class FeeCalculator {

	static final int MAX_UNITS = 100_000;

	private final FeeTiers tiers;

	public FeeCalculator(FeeTiers tiers) {
		this.tiers = tiers;
	}

	/**
	 * 按件: the {@code requests} requests (after splitting by 一事一申请) this filing adds to
	 * the {@code prior} requests the same applicant already made in the calendar month.
	 */
	public FeeQuote perRequest(int prior, int requests) {
		check(prior, "本月此前申请件数", 0);
		check(requests, "本次计费件数", 1);
		List<String> lines = new ArrayList<>();
		lines.add("同一申请人本自然月此前已申请%d件，本次%d件，为第%d至第%d件".formatted(prior, requests, prior + 1, prior + requests));
		long total = sum(prior + 1, prior + requests, tiers::priceOfRequest, "件", lines);
		lines.add("合计%d元（国办函〔2020〕109号第四条，超额累进计算）".formatted(total));
		return new FeeQuote(FeeMode.PER_REQUEST, requests, prior, total, lines);
	}

	/** 按量: the pages of information provided for one request. */
	public FeeQuote perVolume(int pages) {
		check(pages, "页数", 1);
		List<String> lines = new ArrayList<>();
		lines.add("本次提供%d页".formatted(pages));
		long total = sum(1, pages, tiers::priceOfPage, "页", lines);
		lines.add("合计%d元（国办函〔2020〕109号第五条，超额累进计算）".formatted(total));
		return new FeeQuote(FeeMode.PER_VOLUME, pages, 0, total, lines);
	}

	public FeeTiers tiers() {
		return tiers;
	}

	private static long sum(int from, int to, IntUnaryOperator price, String unit, List<String> lines) {
		long total = 0;
		int runStart = from;
		for (int n = from; n <= to; n++) {
			int p = price.applyAsInt(n);
			total += p;
			if (n == to || price.applyAsInt(n + 1) != p) {
				int count = n - runStart + 1;
				lines.add(p == 0 ? "第%d至第%d%s：免费".formatted(runStart, n, unit)
						: "第%d至第%d%s：%d%s × %d元 = %d元".formatted(runStart, n, unit, count, unit, p, (long) count * p));
				runStart = n + 1;
			}
		}
		return total;
	}

	private static void check(int value, String what, int min) {
		if (value < min || value > MAX_UNITS) {
			throw new Refusal("refusal.fees.units.range", what, min, MAX_UNITS);
		}
	}

}
