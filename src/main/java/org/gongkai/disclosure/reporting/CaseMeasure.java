package org.gongkai.disclosure.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.disclosure.casework.Channel;
import org.gongkai.disclosure.decisions.Outcome;

/**
 * One countable set of cases, defined once in SQL over the view {@code case_report c}
 * (casework's read contract, V70) with the parameters {@code :first} and {@code :last}
 * (the year's first and last day): a {@code condition} on dates, channel or extension,
 * and optionally the set of first results it is limited to ({@code outcomes}, null: any).
 * The same definition counts (a FILTER per distinct condition in the one aggregation of
 * {@link CaseStatistics}, grouped by result, so table 三's 21 result rows cost one filter
 * between them) and lists the cases behind a number ({@link #predicate()}, the
 * drill-down), so the two cannot drift. Every predicate is complete on its own given the
 * base condition {@code received_on <= :last}.
 *
 * <p>
 * Year boundaries (docs/statute.md#part-a): received in the year; received before it and
 * open at its start; closed in it; open at its end. "Closed" is the request's first
 * closing and its result ({@code counted_closed_on}, {@code counted_outcome}, set once by
 * the database): a 重新答复 never moves a request between years or results. {@code toDate}
 * measures count everything up to the year's end (the 累计数 columns of the older local
 * formats).
 */
public record CaseMeasure(String key, String description, String condition, Set<Outcome> outcomes, boolean toDate) {

	static final String RECEIVED_SQL = "c.received_on >= :first";
	static final String CARRIED_OVER_SQL = "c.received_on < :first and (c.counted_closed_on is null or c.counted_closed_on >= :first)";
	static final String CLOSED_SQL = "c.counted_closed_on >= :first and c.counted_closed_on <= :last";
	static final String CARRIED_FORWARD_SQL = "(c.counted_closed_on is null or c.counted_closed_on > :last)";
	static final String CLOSED_TO_DATE_SQL = "c.counted_closed_on <= :last";

	public CaseMeasure {
		outcomes = outcomes == null ? null : Set.copyOf(outcomes);
		if (outcomes != null && outcomes.isEmpty()) {
			throw new IllegalArgumentException("no outcomes");
		}
	}

	CaseMeasure(String key, String description, String condition, boolean toDate) {
		this(key, description, condition, null, toDate);
	}

	public static final CaseMeasure RECEIVED = new CaseMeasure("RECEIVED", "本年新收", RECEIVED_SQL, false);

	public static final CaseMeasure CARRIED_OVER = new CaseMeasure("CARRIED_OVER", "上年结转", CARRIED_OVER_SQL, false);

	public static final CaseMeasure CLOSED = new CaseMeasure("CLOSED", "本年办结", CLOSED_SQL, false);

	public static final CaseMeasure CARRIED_FORWARD = new CaseMeasure("CARRIED_FORWARD", "结转下年度", CARRIED_FORWARD_SQL,
			false);

	public static final CaseMeasure RECEIVED_TO_DATE = new CaseMeasure("RECEIVED_TO_DATE", "截至年末累计收到", "true", true);

	public static final CaseMeasure CLOSED_TO_DATE = new CaseMeasure("CLOSED_TO_DATE", "截至年末累计办结", CLOSED_TO_DATE_SQL,
			true);

	public static final CaseMeasure CLOSED_WITHOUT_EXTENSION = new CaseMeasure("CLOSED_WITHOUT_EXTENSION", "本年办结且未延期",
			CLOSED_SQL + " and not c.extended", false);

	public static final CaseMeasure CLOSED_WITH_EXTENSION = new CaseMeasure("CLOSED_WITH_EXTENSION", "本年办结且经批准延期",
			CLOSED_SQL + " and c.extended", false);

	/** Closed in the year with one of these outcomes. */
	public static CaseMeasure closedAs(String key, Set<Outcome> outcomes) {
		return new CaseMeasure(key, "本年办结：" + labels(outcomes), CLOSED_SQL, outcomes, false);
	}

	public static CaseMeasure closedAs(Outcome outcome) {
		return closedAs("CLOSED_" + outcome.name(), EnumSet.of(outcome));
	}

	/** Closed by the year's end, ever, with one of these outcomes. */
	public static CaseMeasure closedToDateAs(String key, Set<Outcome> outcomes) {
		return new CaseMeasure(key, "累计办结：" + labels(outcomes), CLOSED_TO_DATE_SQL, outcomes, true);
	}

	/**
	 * Received in the year (or, {@code toDate}, by its end) through one of these
	 * channels.
	 */
	public static CaseMeasure receivedThrough(String key, Set<Channel> channels, boolean toDate) {
		String in = channels.isEmpty() ? "false" : "c.channel in ("
				+ channels.stream().map(ch -> "'" + ch.name() + "'").collect(Collectors.joining(", ")) + ")";
		String description = (toDate ? "累计收到：" : "本年新收：") + (channels.isEmpty() ? "（无对应渠道）"
				: channels.stream().map(Channel::label).collect(Collectors.joining("、")));
		return new CaseMeasure(key, description, toDate ? in : RECEIVED_SQL + " and " + in, toDate);
	}

	/**
	 * The whole SQL predicate: the condition, and the results it is limited to (in enum
	 * order, so the text is stable).
	 */
	public String predicate() {
		if (outcomes == null) {
			return condition;
		}
		return condition + " and c.counted_outcome in ("
				+ outcomes.stream().sorted().map(o -> "'" + o.name() + "'").collect(Collectors.joining(", ")) + ")";
	}

	/** Whether a case with this first result ({@code null}: never closed) can count. */
	boolean admits(Outcome outcome) {
		return outcomes == null || outcome != null && outcomes.contains(outcome);
	}

	private static String labels(Set<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			throw new IllegalArgumentException("no outcomes");
		}
		return outcomes.stream().sorted().map(Outcome::plainLabel).collect(Collectors.joining("、"));
	}

	/** Keeps each measure once, by key, in first-seen order. */
	static List<CaseMeasure> distinct(List<CaseMeasure> measures) {
		Map<String, CaseMeasure> byKey = new LinkedHashMap<>();
		for (CaseMeasure m : measures) {
			CaseMeasure seen = byKey.putIfAbsent(m.key(), m);
			if (seen != null && !seen.equals(m)) {
				throw new IllegalStateException("two definitions for measure " + m.key());
			}
		}
		return List.copyOf(byKey.values());
	}

	/**
	 * The measures of section 三 (2021 format): the four boundary counts and one per
	 * outcome.
	 */
	static List<CaseMeasure> sectionThree() {
		List<CaseMeasure> all = new ArrayList<>(List.of(RECEIVED, CARRIED_OVER, CLOSED, CARRIED_FORWARD));
		Arrays.stream(Outcome.values()).map(CaseMeasure::closedAs).forEach(all::add);
		return all;
	}
}
