package org.gongkai.disclosure.appeals;

/**
 * The decisions of a 复议机关 (行政复议法 2023) and the judgments and rulings of a court (行政诉讼法
 * 2017) that end an appeal, with their legal basis, what they mean for the office
 * ({@link Effect}) and the section 四 result column docs/statute.md#s2.3 proposes
 * ({@link #defaultResult()}; the one in force is the administrator-editable table
 * {@code appeal_result_mapping}, seeded with these).
 */
public enum DecisionType {

	REVIEW_UPHELD(AppealKind.REVIEW, "维持", "《行政复议法》第六十八条", Effect.ON_MERITS, AppealResult.UPHELD),
	REVIEW_CLAIM_REJECTED(AppealKind.REVIEW, "驳回复议请求", "《行政复议法》第六十九条", Effect.ON_MERITS, AppealResult.UPHELD),
	REVIEW_REVOKED(AppealKind.REVIEW, "撤销并责令重新作出", "《行政复议法》第六十四条", Effect.NEW_ANSWER, AppealResult.CORRECTED),
	REVIEW_PARTLY_REVOKED(AppealKind.REVIEW, "部分撤销并责令重新作出", "《行政复议法》第六十四条", Effect.NEW_ANSWER, AppealResult.CORRECTED),
	REVIEW_VARIED(AppealKind.REVIEW, "变更", "《行政复议法》第六十三条", Effect.ON_MERITS, AppealResult.CORRECTED),
	REVIEW_DECLARED_UNLAWFUL(AppealKind.REVIEW, "确认违法", "《行政复议法》第六十五条", Effect.ON_MERITS, AppealResult.CORRECTED),
	REVIEW_DECLARED_VOID(AppealKind.REVIEW, "确认无效", "《行政复议法》第六十七条", Effect.ON_MERITS, AppealResult.CORRECTED),
	REVIEW_PERFORMANCE_ORDERED(AppealKind.REVIEW, "责令履行", "《行政复议法》第六十六条", Effect.NEW_ANSWER, AppealResult.CORRECTED),
	REVIEW_NOT_ACCEPTED(AppealKind.REVIEW, "不予受理", "《行政复议法》第三十条", Effect.WITHOUT_MERITS, AppealResult.OTHER),
	REVIEW_APPLICATION_REJECTED(AppealKind.REVIEW, "驳回申请", "《行政复议法》第三十三条", Effect.WITHOUT_MERITS, AppealResult.OTHER),
	REVIEW_TERMINATED(AppealKind.REVIEW, "终止（含申请人撤回）", "《行政复议法》第四十一条、第七十四条", Effect.WITHOUT_MERITS, AppealResult.OTHER),
	/**
	 * 终止 because the office corrected its own answer while the 复议 was pending (a new
	 * answer given, the applicant withdrawing): counted as 结果纠正, not as 其他结果 — the answer
	 * under review was in fact corrected (docs/statute.md#s2.3, issue 12 item 7).
	 */
	REVIEW_TERMINATED_CORRECTED(AppealKind.REVIEW, "终止（被申请人自行纠正后申请人撤回）", "《行政复议法》第四十一条、第七十四条", Effect.WITHOUT_MERITS,
			AppealResult.CORRECTED),
	REVIEW_MEDIATED(AppealKind.REVIEW, "调解", "《行政复议法》第七十三条", Effect.WITHOUT_MERITS, AppealResult.OTHER),

	JUDGMENT_CLAIM_REJECTED(AppealKind.LITIGATION, "判决驳回诉讼请求", "《行政诉讼法》第六十九条", Effect.ON_MERITS, AppealResult.UPHELD),
	JUDGMENT_REVOKED(AppealKind.LITIGATION, "判决撤销并责令重新作出", "《行政诉讼法》第七十条", Effect.NEW_ANSWER, AppealResult.CORRECTED),
	JUDGMENT_PARTLY_REVOKED(AppealKind.LITIGATION, "判决部分撤销并责令重新作出", "《行政诉讼法》第七十条", Effect.NEW_ANSWER,
			AppealResult.CORRECTED),
	JUDGMENT_PERFORMANCE(AppealKind.LITIGATION, "判决履行", "《行政诉讼法》第七十二条", Effect.NEW_ANSWER, AppealResult.CORRECTED),
	JUDGMENT_PAYMENT(AppealKind.LITIGATION, "判决给付", "《行政诉讼法》第七十三条", Effect.ON_MERITS, AppealResult.CORRECTED),
	JUDGMENT_DECLARED_UNLAWFUL(AppealKind.LITIGATION, "判决确认违法", "《行政诉讼法》第七十四条", Effect.ON_MERITS,
			AppealResult.CORRECTED),
	JUDGMENT_DECLARED_VOID(AppealKind.LITIGATION, "判决确认无效", "《行政诉讼法》第七十五条", Effect.ON_MERITS, AppealResult.CORRECTED),
	JUDGMENT_VARIED(AppealKind.LITIGATION, "判决变更", "《行政诉讼法》第七十七条", Effect.ON_MERITS, AppealResult.CORRECTED),
	RULING_NOT_FILED(AppealKind.LITIGATION, "裁定不予立案", "《行政诉讼法》第五十一条", Effect.WITHOUT_MERITS, AppealResult.OTHER),
	RULING_SUIT_DISMISSED(AppealKind.LITIGATION, "裁定驳回起诉", "《行政诉讼法》第五十一条；司法解释", Effect.WITHOUT_MERITS,
			AppealResult.OTHER),
	RULING_WITHDRAWAL_ALLOWED(AppealKind.LITIGATION, "裁定准予撤诉", "《行政诉讼法》第六十二条", Effect.WITHOUT_MERITS,
			AppealResult.OTHER),
	RULING_CONCLUDED(AppealKind.LITIGATION, "裁定终结诉讼", "《行政诉讼法》第一百零一条；《民事诉讼法》", Effect.WITHOUT_MERITS,
			AppealResult.OTHER),
	/**
	 * Second instance only: the first instance's result stands (its decision type counts
	 * in section 四).
	 */
	APPEAL_DISMISSED(AppealKind.LITIGATION, "二审判决驳回上诉、维持原判", "《行政诉讼法》第八十九条第一款第（一）项", Effect.ON_MERITS,
			AppealResult.UPHELD);

	/**
	 * What a decision means for the office and for the process ({@code decisionEffect}).
	 */
	public enum Effect {

		/** Decided on the merits; nothing more for the office to do. */
		ON_MERITS,
		/** The office must answer the request again (撤销并责令重新作出, 责令履行, 判决履行): 重新答复. */
		NEW_ANSWER,
		/** Ended without a decision on the merits: 不予受理, 驳回申请/起诉, 终止, 撤诉, 调解. */
		WITHOUT_MERITS

	}

	private final AppealKind kind;

	private final String label;

	private final String legalBasis;

	private final Effect effect;

	private final AppealResult defaultResult;

	DecisionType(AppealKind kind, String label, String legalBasis, Effect effect, AppealResult defaultResult) {
		this.kind = kind;
		this.label = label;
		this.legalBasis = legalBasis;
		this.effect = effect;
		this.defaultResult = defaultResult;
	}

	public AppealKind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	public String legalBasis() {
		return legalBasis;
	}

	public Effect effect() {
		return effect;
	}

	public AppealResult defaultResult() {
		return defaultResult;
	}

	/** Whether an appeal of this kind and instance can end with this decision. */
	public boolean appliesTo(AppealKind appealKind, Instance instance) {
		if (kind != appealKind) {
			return false;
		}
		return this != APPEAL_DISMISSED || instance == Instance.SECOND;
	}

	/**
	 * How a withdrawal by the applicant ends an appeal of this kind (复议: 终止; 诉讼: 准予撤诉).
	 */
	public static DecisionType withdrawal(AppealKind kind) {
		return kind == AppealKind.REVIEW ? REVIEW_TERMINATED : RULING_WITHDRAWAL_ALLOWED;
	}

}
