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
			AppealResult.UPHELD),
	/**
	 * Second instance only: the judgment is set aside and the case sent back to the court
	 * of first instance for retrial (发回重审: 原判决认定基本事实不清、证据不足, or 严重违反法定程序 — 行政诉讼法 art 89
	 * ¶1 (三)(四)). It ends this instance, not the suit: the retrial is registered as a new
	 * first instance whose predecessor is this one, and section 四 counts the suit once,
	 * 尚未审结 until the retrial (or its own appeal) ends, with the result of the decision
	 * that ends it (国办公开办函〔2016〕201号: counted by case, not by instance). So it has no
	 * result column of its own and no row in {@code appeal_result_mapping}.
	 */
	APPEAL_REMANDED(AppealKind.LITIGATION, "二审裁定撤销原判决、发回重审", "《行政诉讼法》第八十九条第一款第（三）项、第（四）项", Effect.REMANDED, null);

	/**
	 * What a decision means for the office and for the process ({@code decisionEffect}).
	 */
	public enum Effect {

		/** Decided on the merits; nothing more for the office to do. */
		ON_MERITS,
		/** The office must answer the request again (撤销并责令重新作出, 责令履行, 判决履行): 重新答复. */
		NEW_ANSWER,
		/** Ended without a decision on the merits: 不予受理, 驳回申请/起诉, 终止, 撤诉, 调解. */
		WITHOUT_MERITS,
		/**
		 * Sent back for retrial (发回重审): this instance ends, the suit goes on at first
		 * instance (a new appeal); nothing for the office to do on the request.
		 */
		REMANDED

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

	/**
	 * The section 四 column docs/statute.md#s2.3 proposes; null for a decision that does
	 * not end the suit ({@link #hasOwnResult()}).
	 */
	public AppealResult defaultResult() {
		return defaultResult;
	}

	/**
	 * Whether a suit or 复议 ending with this decision is counted in a result column by it
	 * (and so has a row in {@code appeal_result_mapping}): all but 发回重审, after which the
	 * retrial's decision counts.
	 */
	public boolean hasOwnResult() {
		return defaultResult != null;
	}

	/**
	 * A court's judgment (判决), as opposed to a ruling (裁定) or a 复议 decision: the
	 * constants named {@code JUDGMENT_}.
	 */
	public boolean isJudgment() {
		return name().startsWith("JUDGMENT_");
	}

	/** Whether an appeal of this kind and instance can end with this decision. */
	public boolean appliesTo(AppealKind appealKind, Instance instance) {
		if (kind != appealKind) {
			return false;
		}
		return !secondInstanceOnly() || instance == Instance.SECOND;
	}

	/** 驳回上诉、维持原判 and 发回重审 are judgments and rulings of a second instance (art 89). */
	private boolean secondInstanceOnly() {
		return this == APPEAL_DISMISSED || this == APPEAL_REMANDED;
	}

	/**
	 * How a withdrawal by the applicant ends an appeal of this kind (复议: 终止; 诉讼: 准予撤诉).
	 */
	public static DecisionType withdrawal(AppealKind kind) {
		return kind == AppealKind.REVIEW ? REVIEW_TERMINATED : RULING_WITHDRAWAL_ALLOWED;
	}

}
