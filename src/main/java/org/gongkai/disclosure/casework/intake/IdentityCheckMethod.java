package org.gongkai.disclosure.casework.intake;

/**
 * How an applicant's identity was verified before information about their own affairs is
 * disclosed to them (docs/statute.md#own-information).
 */
public enum IdentityCheckMethod {

	ID_DOCUMENT_ORIGINAL("身份证原件核验"), AGENT_DOCUMENTS("代理人身份证件原件及授权委托书核验"), NOTARISED_COPY("经公证的身份证明复印件核验"),
	/** Any other way, described in the note. */
	OTHER("其他方式");

	private final String label;

	IdentityCheckMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
