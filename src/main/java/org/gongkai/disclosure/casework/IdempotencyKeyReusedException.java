package org.gongkai.disclosure.casework;

import org.gongkai.disclosure.shared.KeyReusedRefusal;

/**
 * An {@code Idempotency-Key} the applicant already used for a different request: the
 * retry is not a retry, and filing it under that key would either drop it or return the
 * wrong case.
 */
public class IdempotencyKeyReusedException extends KeyReusedRefusal {

	public IdempotencyKeyReusedException(String reference) {
		super("refusal.api.title.idempotencyKeyReused", "refusal.casework.intake.idempotencyKeyReused", reference);
	}

}
