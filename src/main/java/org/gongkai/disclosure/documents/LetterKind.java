package org.gongkai.disclosure.documents;

import java.util.Locale;

/**
 * The kinds of letter an office sends. Each kind has two editable templates named after
 * it, e.g. for {@link #REPLY}: {@code documents/docx/reply.docx} (Word, poi-tl
 * {@code {{tags}}}) and {@code documents/html/reply.html} (XHTML, Thymeleaf, rendered to
 * PDF). A case's letter has a third, its wording: {@code documents/wording/reply.txt}
 * ({@link LetterWording}); the layout templates only lay it out. A new kind is a new
 * constant here plus those files.
 */
public enum LetterKind {

	/**
	 * 政府信息公开申请接收回执: confirms receipt and the date from which the reply period runs
	 * (《条例》第三十一条).
	 */
	RECEIPT("政府信息公开申请接收回执", false),
	/**
	 * 政府信息公开申请答复书: the decision on the request, with its legal basis and the remedies
	 * against it.
	 */
	REPLY("政府信息公开申请答复书", true),
	/**
	 * 政府信息公开申请补正告知书 (《条例》第三十条): names every item of the request to be corrected, the
	 * reasonable period for it and the consequence (逾期不补正的，视为放弃申请). Not a decision.
	 */
	CORRECTION_NOTICE("政府信息公开申请补正告知书", false),
	/**
	 * 政府信息公开申请延期答复告知书 (《条例》第三十三条第二款): the extension, agreed by the head of the
	 * 政府信息公开工作机构, and the new deadline (at most 20 more working days). Not a decision.
	 */
	EXTENSION_NOTICE("政府信息公开申请延期答复告知书", false),
	/**
	 * 政府信息公开申请征求意见书, addressed to the third party (《条例》第三十二条) or the other agency (第三十四条)
	 * consulted rather than to the applicant: the information concerned, the 15 working
	 * days to reply and what silence means. Not a decision.
	 */
	CONSULTATION_LETTER("政府信息公开申请征求意见书", false),
	/**
	 * 政府信息公开信息处理费收费通知书 (《政府信息公开信息处理费管理办法》，国办函〔2020〕109号): the basis, standard and amount
	 * of the fee, how to pay, and that an applicant who does not pay within 20 working
	 * days from the day after receiving the notice is deemed to have abandoned the
	 * request. Not a decision.
	 */
	FEE_NOTICE("政府信息公开信息处理费收费通知书", false),
	/**
	 * 政府信息公开申请说明理由告知书 (《条例》第三十五条): the applicant's requests clearly exceed a reasonable
	 * range in number or frequency; what to explain, by when, that the period does not
	 * count towards the reply deadline, and what follows if the reasons are not
	 * reasonable (不予处理). Not a decision.
	 */
	EXPLANATION_REQUEST("政府信息公开申请说明理由告知书", false),
	/**
	 * 政府信息公开决定告知书, addressed to the third party (《条例》第三十二条): it objected to disclosure,
	 * but the agency holds that withholding could seriously affect the public interest
	 * and discloses; the letter states the content to be disclosed and the reasons. It
	 * decides against the third party, so it carries the remedies.
	 */
	THIRD_PARTY_NOTICE("政府信息公开决定告知书", true),
	/**
	 * 行政复议答复书, addressed to the 复议机关 (《行政复议法》第四十八条、第五十四条): the office's written answer to
	 * a 复议 against its handling of a request. Not a decision.
	 */
	APPEAL_ANSWER("行政复议答复书", false),
	/** 行政诉讼答辩状, addressed to the court (《行政诉讼法》第六十七条). Not a decision. */
	LITIGATION_DEFENCE("行政诉讼答辩状", false),
	/**
	 * 举证材料清单: the evidence and the legal basis the office files with its answer (举证). Not
	 * a decision.
	 */
	EVIDENCE_LIST("举证材料清单", false);

	private final String title;

	private final boolean decision;

	LetterKind(String title, boolean decision) {
		this.title = title;
		this.decision = decision;
	}

	/** Who the letter is addressed to (主送), as an error message names it. */
	public String addresseeLabel() {
		return switch (this) {
			case CONSULTATION_LETTER -> "主送（征求意见对象）";
			case THIRD_PARTY_NOTICE -> "主送（第三方）";
			case APPEAL_ANSWER -> "主送（行政复议机关）";
			case LITIGATION_DEFENCE, EVIDENCE_LIST -> "主送（行政复议机关或人民法院）";
			default -> "主送（申请人）";
		};
	}

	/** The letter's title as printed, e.g. {@code 政府信息公开申请答复书}. */
	public String title() {
		return title;
	}

	/**
	 * Whether the letter decides something the applicant can challenge: then it must
	 * state its legal basis and the remedies (行政复议, 行政诉讼). Of the notices (not decisions)
	 * the templates print the legal basis and a remedy notice only when the letter has
	 * them.
	 */
	public boolean decision() {
		return decision;
	}

	/**
	 * The base name of the two template files: the constant in lower case with hyphens,
	 * e.g. {@code reply}.
	 */
	public String templateName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
