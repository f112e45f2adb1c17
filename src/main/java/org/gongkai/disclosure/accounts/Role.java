package org.gongkai.disclosure.accounts;

/**
 * The people who use Gongkai. Each officer role is also the BPMN candidate group of the tasks it does
 * ({@link #group()}), so the process model and the security rules speak the same names.
 */
public enum Role {
    APPLICANT("申请人", "applicant"),
    REGISTRAR("登记员", "registrar"),
    CASE_OFFICER("承办人", "case-officer"),
    HEAD_OF_OFFICE("公开工作机构负责人", "head-of-office");

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
}
