package org.gongkai.disclosure.applicants;

/**
 * The 身份证明 an applicant gives (条例 art 29(一)); the two national numbers are
 * checksum-validated.
 */
public enum IdDocumentType {

	RESIDENT_ID_CARD("居民身份证", false), PASSPORT("护照", false), HK_MACAO_TAIWAN_PERMIT("港澳台居民往来内地通行证或居住证", false),
	FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证", false), UNIFIED_SOCIAL_CREDIT_CODE("统一社会信用代码", true),
	OTHER_ORGANISATION_DOCUMENT("其他组织证明文件", true);

	private final String label;

	private final boolean forOrganisations;

	IdDocumentType(String label, boolean forOrganisations) {
		this.label = label;
		this.forOrganisations = forOrganisations;
	}

	public String label() {
		return label;
	}

	public boolean forOrganisations() {
		return forOrganisations;
	}

}
