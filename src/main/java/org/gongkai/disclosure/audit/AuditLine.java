package org.gongkai.disclosure.audit;

/**
 * The audit line of an act that another record already describes — a case's ledger line,
 * an appeal's history line — handed to that record's writer so that both lines are
 * written by one call in one transaction. The writer supplies the object.
 */
public record AuditLine(AuditAction action, AuditResult result, String detail) {

	public AuditLine {
		if (action == null || result == null) {
			throw new IllegalArgumentException("an audit line needs its action and result");
		}
	}

	public static AuditLine success(AuditAction action, String detail) {
		return new AuditLine(action, AuditResult.SUCCESS, detail);
	}

	public static AuditLine failed(AuditAction action, String detail) {
		return new AuditLine(action, AuditResult.FAILED, detail);
	}

}
