package org.gongkai.disclosure.applicants;

/**
 * Why an applicant record does not hold its identity number and waits for the person to
 * prove who they are at the office. The number's holder is the one record without a check
 * (one person, one identity).
 */
public enum IdentityCheck {

	/** Shared its number with an earlier record before numbers were unique. */
	DUPLICATE_NUMBER("身份证明号码与较早登记的申请人重复，待核验身份"),
	/** Registered online with a number already held: no login was created. */
	REGISTRATION_HELD("以已登记的身份证明号码注册，未开通账号，待到受理机关核验身份"),
	/** Filed offline for a held number under a different name. */
	NAME_MISMATCH("身份证明号码已登记且姓名不符，待核验身份");

	private final String label;

	IdentityCheck(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
