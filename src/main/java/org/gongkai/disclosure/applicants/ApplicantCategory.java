package org.gongkai.disclosure.applicants;

import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.shared.Refusal;

/**
 * The applicant columns of the annual report's section 三, in the national column order:
 * 自然人, then the five kinds of 法人或其他组织.
 */
public enum ApplicantCategory {

	NATURAL_PERSON("自然人"), COMMERCIAL_ENTERPRISE("商业企业"), RESEARCH_INSTITUTION("科研机构"),
	PUBLIC_INTEREST_ORGANISATION("社会公益组织"), LEGAL_SERVICE_INSTITUTION("法律服务机构"), OTHER_ORGANISATION("其他");

	private final String label;

	ApplicantCategory(String label) {
		this.label = label;
	}

	/** The official column label. */
	public String label() {
		return label;
	}

	public boolean isOrganisation() {
		return this != NATURAL_PERSON;
	}

	/** Reads an official label (自然人 … 其他) as used in ledgers and imports. */
	public static ApplicantCategory fromLabel(String label) {
		return Arrays.stream(values())
			.filter(c -> c.label.equals(label))
			.findFirst()
			.orElseThrow(() -> new Refusal("refusal.applicants.category.unknown", label));
	}

	public static List<ApplicantCategory> organisations() {
		return Arrays.stream(values()).filter(ApplicantCategory::isOrganisation).toList();
	}

}
