package org.gongkai.disclosure.shared;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Token buckets (Bucket4j) per key — a source address, an account, an applicant — kept in
 * memory, at most {@code maxKeys} of them (the least recently used are forgotten first,
 * so a flood of new keys cannot exhaust the heap). A forgotten key starts again with a
 * full bucket, which errs towards letting people in.
 */
public final class Throttle {

	private final List<Bandwidth> limits;

	private final Map<String, Bucket> buckets;

	/**
	 * @param maxKeys how many keys to remember
	 * @param limits every limit a key must stay within, e.g. 5 per 15 minutes and 20 per
	 * day
	 */
	public Throttle(int maxKeys, List<Limit> limits) {
		if (limits.isEmpty()) {
			throw new IllegalArgumentException("a throttle needs at least one limit");
		}
		this.limits = limits.stream()
			.map(l -> Bandwidth.builder().capacity(l.capacity()).refillGreedy(l.capacity(), l.period()).build())
			.toList();
		this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxKeys;
			}
		});
	}

	/**
	 * Takes one token for the key.
	 * @return zero if it was taken, otherwise how long until one is available
	 */
	public Duration take(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/** Whether the key has used up its tokens (without taking one). */
	public boolean exhausted(String key) {
		Bucket bucket = buckets.get(key);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

	/** Forgets the key: it starts again with full buckets. */
	public void forget(String key) {
		buckets.remove(key);
	}

	private Bucket bucket(String key) {
		return buckets.computeIfAbsent(key, k -> {
			LocalBucketBuilder builder = Bucket.builder();
			limits.forEach(builder::addLimit);
			return builder.build();
		});
	}

	/** So many tokens, refilled evenly over the period. */
	public record Limit(long capacity, Duration period) {

		public Limit {
			if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("a limit needs a positive capacity and period");
			}
		}

	}

}
