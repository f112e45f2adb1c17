package org.gongkai.disclosure.audit;

public enum AuditResult {

	SUCCESS, DENIED, FAILED

}
