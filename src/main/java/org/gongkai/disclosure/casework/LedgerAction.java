package org.gongkai.disclosure.casework;

/** What can happen to a case, as written in the ledger. */
public enum LedgerAction {
    SUBMITTED("提交申请"),
    RECEIVED("确认收到申请"),
    DECIDED("作出答复决定"),
    REPLY_ISSUED("出具答复书"),
    REMINDED("答复期限将至，提醒承办人");

    private final String label;

    LedgerAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
