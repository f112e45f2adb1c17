package org.gongkai.disclosure.decisions;

import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.shared.Refusal;

/**
 * The 21 statistical outcomes of a request: exactly the leaf rows of section 三 of the
 * 2021 national report format (国办公开办函〔2021〕30号). Every closed case has exactly one; a
 * partly disclosed case is only ever {@link #PARTLY_DISCLOSED}. Labels are the official
 * row labels, verbatim.
 */
public enum Outcome {

	DISCLOSED(null, "（一）予以公开", "予以公开", "《条例》第三十六条第（一）、（二）项"),
	PARTLY_DISCLOSED(null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", "《条例》第三十七条"),
	WITHHELD_STATE_SECRET(OutcomeGroup.WITHHELD, "1.属于国家秘密", "属于国家秘密", "《条例》第十四条"),
	WITHHELD_PROHIBITED_BY_LAW(OutcomeGroup.WITHHELD, "2.其他法律行政法规禁止公开", "其他法律行政法规禁止公开", "《条例》第十四条"),
	WITHHELD_SECURITY_AND_STABILITY(OutcomeGroup.WITHHELD, "3.危及“三安全一稳定”", "危及“三安全一稳定”", "《条例》第十四条"),
	WITHHELD_THIRD_PARTY_RIGHTS(OutcomeGroup.WITHHELD, "4.保护第三方合法权益", "保护第三方合法权益", "《条例》第十五条、第三十二条"),
	WITHHELD_INTERNAL_AFFAIRS(OutcomeGroup.WITHHELD, "5.属于三类内部事务信息", "属于三类内部事务信息", "《条例》第十六条第一款"),
	WITHHELD_PROCESS_INFORMATION(OutcomeGroup.WITHHELD, "6.属于四类过程性信息", "属于四类过程性信息", "《条例》第十六条第二款"),
	WITHHELD_ENFORCEMENT_FILE(OutcomeGroup.WITHHELD, "7.属于行政执法案卷", "属于行政执法案卷", "《条例》第十六条第二款"),
	WITHHELD_ADMINISTRATIVE_QUERY(OutcomeGroup.WITHHELD, "8.属于行政查询事项", "属于行政查询事项", "《条例》第三十六条第（七）项"),
	UNAVAILABLE_NOT_HELD(OutcomeGroup.UNAVAILABLE, "1.本机关不掌握相关政府信息", "本机关不掌握相关政府信息", "《条例》第三十六条第（四）、（五）项"),
	UNAVAILABLE_NEEDS_CREATION(OutcomeGroup.UNAVAILABLE, "2.没有现成信息需要另行制作", "没有现成信息需要另行制作", "《条例》第三十八条"),
	UNAVAILABLE_STILL_UNCLEAR(OutcomeGroup.UNAVAILABLE, "3.补正后申请内容仍不明确", "补正后申请内容仍不明确", "《条例》第三十条"),
	NOT_PROCESSED_PETITION(OutcomeGroup.NOT_PROCESSED, "1.信访举报投诉类申请", "信访举报投诉类申请", "《条例》第三十九条第一款"),
	NOT_PROCESSED_REPEATED(OutcomeGroup.NOT_PROCESSED, "2.重复申请", "重复申请", "《条例》第三十六条第（六）项"),
	NOT_PROCESSED_PUBLICATIONS(OutcomeGroup.NOT_PROCESSED, "3.要求提供公开出版物", "要求提供公开出版物", "《条例》第三十九条第二款"),
	NOT_PROCESSED_EXCESSIVE(OutcomeGroup.NOT_PROCESSED, "4.无正当理由大量反复申请", "无正当理由大量反复申请", "《条例》第三十五条"),
	NOT_PROCESSED_CONFIRM_OR_REISSUE(OutcomeGroup.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具已获取信息",
			"《政府信息公开工作年度报告格式》"),
	OTHER_CORRECTION_LAPSED(OutcomeGroup.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"《条例》第三十条"),
	OTHER_FEE_UNPAID(OutcomeGroup.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
			"《条例》第四十二条；国办函〔2020〕109号"),
	OTHER_OTHER(OutcomeGroup.OTHER, "3.其他", "其他", "《政府信息公开工作年度报告格式》");

	private final OutcomeGroup group;

	private final String rowLabel;

	private final String plainLabel;

	private final String legalBasis;

	Outcome(OutcomeGroup group, String rowLabel, String plainLabel, String legalBasis) {
		this.group = group;
		this.rowLabel = rowLabel;
		this.plainLabel = plainLabel;
		this.legalBasis = legalBasis;
	}

	/**
	 * The group heading (（三）不予公开 …), or null for （一） and （二）, which are rows of their
	 * own.
	 */
	public OutcomeGroup group() {
		return group;
	}

	/**
	 * The official row label of the 2021 format, with its numbering, e.g.
	 * {@code 4.保护第三方合法权益}.
	 */
	public String rowLabel() {
		return rowLabel;
	}

	/**
	 * The label without numbering, as ledgers and imports write it, e.g.
	 * {@code 保护第三方合法权益}.
	 */
	public String plainLabel() {
		return plainLabel;
	}

	/**
	 * A label that makes sense on its own in a list: the group's name before a numbered
	 * leaf.
	 */
	public String displayLabel() {
		return group == null ? plainLabel : group.plainLabel() + " — " + plainLabel;
	}

	/**
	 * The outcome in words on a page: its {@link #displayLabel()}. Other languages find
	 * theirs, and of its other texts ({@code plainLabel}, {@code legalBasis}), through
	 * {@code shared.Labels}; the Chinese stays the official label above.
	 */
	public String label() {
		return displayLabel();
	}

	public String legalBasis() {
		return legalBasis;
	}

	public static Outcome fromPlainLabel(String label) {
		return Arrays.stream(values())
			.filter(o -> o.plainLabel.equals(label))
			.findFirst()
			.orElseThrow(() -> new Refusal("refusal.decisions.outcome.unknown", label));
	}

	public static List<Outcome> in(OutcomeGroup group) {
		return Arrays.stream(values()).filter(o -> o.group == group).toList();
	}

	/** Whether this outcome discloses information (wholly or in part). */
	public boolean discloses() {
		return this == DISCLOSED || this == PARTLY_DISCLOSED;
	}

}
