package org.gongkai.disclosure.casework.history;

/** What can happen to a case, as written in the ledger. */
public enum LedgerAction {

	SUBMITTED("提交申请"), RECEIVED("确认收到申请"), ACCEPTED("审查申请，进入办理"), CORRECTION_REQUESTED("一次性告知补正"),
	CORRECTION_RECEIVED("收到补正，重新起算答复期限"), CORRECTION_LAPSED("申请人逾期未补正，视为放弃申请"), DRAFTED("拟定答复意见"),
	SEARCH_RECORDED("记录检索情况（信息不存在）"), REVIEW_APPROVED("法制审核通过"), RETURNED("退回修改"), DECIDED("负责人签发，作出答复决定"),
	REPLY_ISSUED("出具答复书"), DELIVERED("送达答复书"), LINKED("关联相似申请"), SPLIT("按一事一申请拆分为多件"), EXTENSION_REQUESTED("申请延长答复期限"),
	EXTENSION_APPROVED("批准延长答复期限"), EXTENSION_REFUSED("不批准延长答复期限"), EXTENSION_NOTIFIED("告知申请人延期答复"),
	WITHDRAWN("申请人撤回申请"), FEE_NOTIFIED("发出收费通知，答复期限中止"), FEE_PAID("申请人已缴费，恢复计时"), FEE_LAPSED("申请人逾期未缴费，视为放弃申请"),
	CONSULTATION_SENT("书面征求意见，答复期限中止"), CONSULTATION_ANSWERED("收到意见，恢复计时"), CONSULTATION_LAPSED("逾期未提出意见，恢复计时"),
	EXPLANATION_REQUESTED("要求申请人说明理由，答复期限中止"), EXPLANATION_RECEIVED("收到申请人的说明，恢复计时"),
	EXPLANATION_LAPSED("申请人逾期未说明理由，恢复计时"), REMINDED("答复期限将至，提醒承办人"), SCREENING_REMINDED("补正告知期限将至，提醒承办人审查"),
	ESCALATED("答复期限已届满，提请负责人督办"), ROUTED("交办部门办理（承办、协办）"), DEPARTMENT_ANSWERED("部门反馈办理意见"),
	DEPARTMENT_OVERDUE("部门办理期限届满，催办"), PUBLIC_INTEREST_OVERRIDE("第三方不同意公开，认定不公开可能对公共利益造成重大影响，决定公开"),
	THIRD_PARTY_NOTIFIED("将决定公开的内容和理由书面告知第三方"), REDATED("工作日历更新，答复期限重新计算"), CORRECTION_REDATED("工作日历更新，补正期限重新计算"),
	FEE_REDATED("工作日历更新，缴费期限重新计算"), CONSULTATION_REDATED("工作日历更新，征求意见期限重新计算"), EXPLANATION_REDATED("工作日历更新，说明理由期限重新计算"),
	REANSWER_ORDERED("行政复议决定或裁判责令重新答复，重新起算答复期限"), CLOSED_FROM_LEDGER("按台账记载的办理结果办结（历史台账导入）"),
	LEDGER_CASE_CLOSED("记录台账导入未结案件的办理结果"), IDENTITY_CHECK_REQUIRED("申请人身份证明号码已由姓名不同的申请人登记，按登记内容保存，待核验身份"),
	REASSIGNED("改派承办人"), DOCUMENT_SENT("发出文书，记录送达方式"), DOCUMENT_SERVED("文书已送达受送达人"),
	WINDOW_STARTED("告知书已送达，期限自收到之日起计算"), EXTENSION_SERVED_LATE("延期答复告知书送达晚于原答复期限"), LAPSE_CONFIRMED("承办人确认逾期且无正当理由"),
	LAPSE_EXCUSED("承办人认定逾期有正当理由，另定期限"), LETTER_CORRECTED("更正已出具的文书，新版本替代原版本"), RECORDS_RELEASED("随答复书提供公开的政府信息"),
	ASSISTANCE_PROVIDED("为存在阅读困难或者视听障碍的申请人提供必要的帮助"), ANSWERED_ON_THE_SPOT("当场答复"),
	OWN_INFORMATION_DECLARED("申请涉及申请人自身信息，公开前须核验申请人身份"), IDENTITY_VERIFIED("核验申请人身份（涉及申请人自身信息）"),
	AGENT_RECORDED("委托代理：记录代理人及授权委托书"), RECEIPT_BACKDATED("登记之日晚于收到申请之日：记录理由和证明"),
	PIPL_REFERRED("属于个人信息查阅、复制请求，不作为政府信息公开申请处理，告知申请人途径");

	private final String label;

	LedgerAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Entries the applicant sees in their case's record: what was issued or communicated
	 * to them and what they did themselves, never the office's internal steps (drafts,
	 * review, routing, reminders, proposed extensions). {@link #DECIDED} only once the
	 * reply is issued (see {@code CaseViews}).
	 */
	public boolean shownToApplicant() {
		return switch (this) {
			case SUBMITTED, RECEIVED, ACCEPTED, CORRECTION_REQUESTED, CORRECTION_RECEIVED, CORRECTION_LAPSED,
					REPLY_ISSUED, DELIVERED, SPLIT, EXTENSION_NOTIFIED, WITHDRAWN, FEE_NOTIFIED, FEE_PAID, FEE_LAPSED,
					CONSULTATION_SENT, CONSULTATION_ANSWERED, CONSULTATION_LAPSED, EXPLANATION_REQUESTED,
					EXPLANATION_RECEIVED, EXPLANATION_LAPSED, REDATED, CORRECTION_REDATED, FEE_REDATED,
					CONSULTATION_REDATED, EXPLANATION_REDATED, REANSWER_ORDERED, WINDOW_STARTED, LAPSE_EXCUSED,
					LETTER_CORRECTED, RECORDS_RELEASED, ASSISTANCE_PROVIDED, OWN_INFORMATION_DECLARED,
					IDENTITY_VERIFIED, AGENT_RECORDED, PIPL_REFERRED ->
				true;
			case DECIDED, DRAFTED, REVIEW_APPROVED, RETURNED, LINKED, EXTENSION_REQUESTED, EXTENSION_APPROVED,
					EXTENSION_REFUSED, REMINDED, SCREENING_REMINDED, ESCALATED, ROUTED, DEPARTMENT_ANSWERED,
					DEPARTMENT_OVERDUE, PUBLIC_INTEREST_OVERRIDE, THIRD_PARTY_NOTIFIED, CLOSED_FROM_LEDGER,
					LEDGER_CASE_CLOSED, IDENTITY_CHECK_REQUIRED, REASSIGNED, DOCUMENT_SENT, DOCUMENT_SERVED,
					EXTENSION_SERVED_LATE, LAPSE_CONFIRMED, SEARCH_RECORDED, ANSWERED_ON_THE_SPOT, RECEIPT_BACKDATED ->
				false;
		};
	}

	/** Entries that end a case: they carry {@code outcome} and {@code closedOn}. */
	boolean closesTheCase() {
		return this == DECIDED || this == ANSWERED_ON_THE_SPOT || this == CORRECTION_LAPSED || this == WITHDRAWN
				|| this == FEE_LAPSED || this == CLOSED_FROM_LEDGER || this == LEDGER_CASE_CLOSED
				|| this == PIPL_REFERRED;
	}

}
