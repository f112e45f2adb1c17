package org.gongkai.disclosure.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The people who use Gongkai. Each officer role is also the BPMN candidate group of the
 * tasks it does ({@link #group()}), so the process model and the security rules speak the
 * same names.
 */
public enum Role {

	APPLICANT("申请人", "applicant"), REGISTRAR("登记员", "registrar"), CASE_OFFICER("承办人", "case-officer"),
	LEGAL_REVIEWER("法制审核人员", "legal-reviewer"), HEAD_OF_OFFICE("公开工作机构负责人", "head-of-office"),
	STATISTICIAN("年报统计人员", "statistician"), ADMINISTRATOR("系统管理员", "administrator");

	/**
	 * Roles that handle cases and so may read them (least privilege: not statisticians,
	 * not administrators).
	 */
	public static final Set<Role> CASE_HANDLERS = EnumSet.of(REGISTRAR, CASE_OFFICER, LEGAL_REVIEWER, HEAD_OF_OFFICE);

	private final String label;

	private final String group;

	Role(String label, String group) {
		this.label = label;
		this.group = group;
	}

	public String label() {
		return label;
	}

	/** The BPMN candidate group. */
	public String group() {
		return group;
	}

	/** The Spring Security authority, e.g. {@code ROLE_CASE_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isOfficer() {
		return this != APPLICANT;
	}

	public boolean handlesCases() {
		return CASE_HANDLERS.contains(this);
	}

	/**
	 * Case officers and the head of office: the work of a case beyond the process's tasks
	 * — its windows, the work routed to their department, its appeals, the outcomes of
	 * imported cases.
	 */
	public boolean doesCaseWork() {
		return this == CASE_OFFICER || this == HEAD_OF_OFFICE;
	}

	/**
	 * Roles that may read an agency's annual report (and, at a government, its
	 * subordinates' reports).
	 */
	public boolean readsReports() {
		return this == STATISTICIAN || this == HEAD_OF_OFFICE || handlesCases();
	}

}
