package org.gongkai.disclosure.casework;

/**
 * An {@code Idempotency-Key} the applicant already used for a different request: the
 * retry is not a retry, and filing it under that key would either drop it or return the
 * wrong case.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException(String reference) {
		super("该幂等键已用于另一件申请（" + reference + "），内容不同；新的申请请使用新的键");
	}

}
