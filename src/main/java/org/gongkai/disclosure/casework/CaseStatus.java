package org.gongkai.disclosure.casework;

/**
 * Where a case stands, as the applicant and the officer see it. The wait for an art-35
 * explanation does not say 答复期限中止: whether the clock stops then is the agency's setting
 * (docs/statute.md#art-35), and the deadline shown says where it stands.
 */
public enum CaseStatus {

	IN_PROGRESS("办理中"), AWAITING_CORRECTION("待申请人补正"), AWAITING_PAYMENT("待缴纳信息处理费（答复期限中止）"),
	AWAITING_CONSULTATION("征求意见中（答复期限中止）"), AWAITING_EXPLANATION("待申请人说明理由"), UNDER_REVIEW("答复意见法制审核中"),
	AWAITING_SIGN_OFF("待公开工作机构负责人签发"), DECIDED("已作出答复决定，待出具答复书"), ANSWERED("已答复"), CLOSED("已办结");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Still being handled: counted as 结转 at a year end. */
	public boolean isOpen() {
		return this == IN_PROGRESS || this == AWAITING_CORRECTION || this == AWAITING_PAYMENT
				|| this == AWAITING_CONSULTATION || this == AWAITING_EXPLANATION || this == UNDER_REVIEW
				|| this == AWAITING_SIGN_OFF;
	}

}
