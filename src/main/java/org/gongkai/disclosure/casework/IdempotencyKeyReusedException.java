package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.shared.StateRefusal;

/**
 * An {@code Idempotency-Key} the applicant already used for a different request: the
 * retry is not a retry, and filing it under that key would either drop it or return the
 * wrong case.
 */
public class IdempotencyKeyReusedException extends StateRefusal {

	public IdempotencyKeyReusedException(String reference) {
		super("refusal.casework.intake.idempotencyKeyReused", reference);
	}

}
