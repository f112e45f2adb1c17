package org.gongkai.disclosure.casework;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.decisions.OutcomeGroup;
import org.gongkai.disclosure.shared.Refusal;
import org.gongkai.disclosure.shared.Texts;

/**
 * One item of a request that asks for several things, with its own answer (a mixed
 * answer, docs/statute.md#mixed-answers): e.g. the 2024 budget disclosed, the minutes of
 * a meeting that never took place 信息不存在, a question asking for an opinion 不属于政府信息. The
 * reply sets every item out with its own legal basis; the request is still counted once,
 * in the row {@link #countedAs(List)} gives.
 * <p>
 * An item's result is one of the statutory outcomes an item can have on its own: 予以公开, a
 * 不予公开 ground (（三）1–8), 本机关不掌握 (with its {@link NotHeldAnswer}, the search record
 * required for 信息不存在), 需要另行制作, 补正后仍不明确, or a 不予处理 row other than 大量反复申请; and
 * {@link #NOT_GOVERNMENT_INFORMATION}. 部分公开 is what the request becomes, not an item's
 * answer; 大量反复申请 and the three （六）其他处理 endings concern the request as a whole.
 *
 * @param item what the applicant asked for in this item, e.g. {@code 2024年部门预算}
 * @param result the item's answer
 * @param explanation what the reply says for it: how the information is provided, or the
 * reasons it is not (《条例》第三十六条、第三十七条 require the reasons)
 * @param notHeld for {@link Outcome#UNAVAILABLE_NOT_HELD} only: 信息不存在 with its search
 * record, or not this agency's
 */
public record AnswerItem(String item, Outcome result, String explanation, NotHeldAnswer notHeld) {

	/**
	 * An item that is not government information (《条例》第二条), e.g. a request for an opinion
	 * or a legal consultation. 《条例》第三十七条 names it beside 不应当公开的内容 as what a partly
	 * disclosed answer leaves out, so it is a ground for a withheld part. On its own it
	 * has no row of the 2021 format; a request answered only with it is counted under
	 * （六）3 其他 — hence this result, which an item can have only in this sense.
	 */
	public static final Outcome NOT_GOVERNMENT_INFORMATION = Outcome.OTHER_OTHER;

	/** The most items one reply answers (as many as the withheld parts of one reply). */
	public static final int MAX_ITEMS = 50;

	private static final Set<Outcome> NOT_PER_ITEM = EnumSet.of(Outcome.PARTLY_DISCLOSED,
			Outcome.NOT_PROCESSED_EXCESSIVE, Outcome.OTHER_CORRECTION_LAPSED, Outcome.OTHER_FEE_UNPAID);

	public AnswerItem {
		item = Texts.require(item, "申请事项", 500);
		if (result == null) {
			throw new Refusal("refusal.casework.item.chooseResult", item);
		}
		if (NOT_PER_ITEM.contains(result)) {
			throw new Refusal("refusal.casework.item.wholeRequestOutcome", result.plainLabel());
		}
		explanation = Texts.require(explanation, "“" + item + "”的答复内容及理由", 2000);
		if ((result == Outcome.UNAVAILABLE_NOT_HELD) != (notHeld != null)) {
			throw notHeld == null ? new Refusal("refusal.casework.item.chooseNotHeld", item)
					: new Refusal("refusal.casework.item.notHeldOnlyIfNotHeld");
		}
	}

	/** The results an item may have, in the order of the report's rows. */
	public static List<Outcome> results() {
		return EnumSet.complementOf(EnumSet.copyOf(NOT_PER_ITEM)).stream().toList();
	}

	/** Whether the item's information is given to the applicant. */
	public boolean disclosed() {
		return result == Outcome.DISCLOSED;
	}

	/** Whether the item is withheld on a ground of 《条例》第十四条至第十六条 (复议 first). */
	public boolean withheld() {
		return result.group() == OutcomeGroup.WITHHELD;
	}

	/**
	 * Whether the item is a part withheld in the sense of 《条例》第三十七条 — 不应当公开 (a ground of
	 * 第十四条至第十六条) or 不属于政府信息 — for which the remedy notice says 复议 first
	 * (docs/statute.md#review-first).
	 */
	public boolean withholds() {
		return withheld() || result == NOT_GOVERNMENT_INFORMATION;
	}

	/** The item's answer in words, e.g. {@code 不予公开（属于国家秘密）}. */
	public String label() {
		if (result == NOT_GOVERNMENT_INFORMATION) {
			return "不属于政府信息";
		}
		if (notHeld != null) {
			return notHeld.kind().label();
		}
		return result.group() == null ? result.plainLabel()
				: result.group().plainLabel() + "（" + result.plainLabel() + "）";
	}

	/**
	 * The article the item's answer rests on: the item of 《条例》第三十六条 given, the 不予公开
	 * ground's article, and for 不属于政府信息 第二条 (what government information is) and 第三十七条
	 * (it is left out of what is provided).
	 */
	public String legalBasis() {
		if (result == NOT_GOVERNMENT_INFORMATION) {
			return "《条例》第二条、第三十七条";
		}
		if (result == Outcome.DISCLOSED) {
			return "《条例》第三十六条第（二）项";
		}
		if (withheld() && result != Outcome.WITHHELD_ADMINISTRATIVE_QUERY) {
			return "《条例》第三十六条第（三）项、" + result.legalBasis().replace("《条例》", "");
		}
		return notHeld != null ? notHeld.kind().legalBasis() : result.legalBasis();
	}

	/**
	 * As printed in the reply, e.g. {@code 2019年某会议纪要：经检索，该政府信息不存在。…（《条例》第三十六条第（四）项）}; a
	 * search record follows 信息不存在.
	 */
	public String printed() {
		String search = notHeld != null && notHeld.searched() ? "检索情况：" + notHeld.searchRecord() + "。" : "";
		return item + "：" + label() + "。" + explanation + (explanation.endsWith("。") ? "" : "。") + search + "（"
				+ legalBasis() + "）";
	}

	/**
	 * The one row of section 三 a request answered item by item is counted in (the 2021
	 * format: 「部分公开（区分处理的，只计这一情形，不计其他情形）」; docs/statute.md#mixed-answers):
	 * <ol>
	 * <li>every item disclosed: （一）予以公开;</li>
	 * <li>some items disclosed, others not (withheld, 不属于政府信息, not held, not processed):
	 * （二）部分公开 — the request was 区分处理 (《条例》第三十七条), and then no other row counts it;</li>
	 * <li>nothing disclosed: the row of the items' answers that comes first in the table
	 * — a 不予公开 ground before 无法提供 before 不予处理 before 不属于政府信息 (（六）3) — so the request is
	 * counted where the answer with the strongest legal effect lies (a 不予公开 decision goes
	 * to 复议 first); all items not held: （四）1.</li>
	 * </ol>
	 */
	public static Outcome countedAs(List<AnswerItem> items) {
		if (items.isEmpty()) {
			throw new Refusal("refusal.casework.item.required");
		}
		boolean anyDisclosed = items.stream().anyMatch(AnswerItem::disclosed);
		boolean allDisclosed = items.stream().allMatch(AnswerItem::disclosed);
		if (allDisclosed) {
			return Outcome.DISCLOSED;
		}
		if (anyDisclosed) {
			return Outcome.PARTLY_DISCLOSED;
		}
		return items.stream().map(AnswerItem::result).min(Comparator.naturalOrder()).orElseThrow();
	}

}
