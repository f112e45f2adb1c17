package org.gongkai.disclosure.casework;

/** Where a case stands, as the applicant and the officer see it. */
public enum CaseStatus {
    IN_PROGRESS("办理中"),
    DECIDED("已作出答复决定，待出具答复书"),
    ANSWERED("已答复");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == IN_PROGRESS;
    }
}
