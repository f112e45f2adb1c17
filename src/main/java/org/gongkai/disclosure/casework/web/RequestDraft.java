package org.gongkai.disclosure.casework.web;

import java.io.Serializable;
import java.util.UUID;

import org.gongkai.disclosure.casework.DeliveryMethod;
import org.gongkai.disclosure.casework.RequestedForm;
import org.gongkai.disclosure.casework.intake.NewRequest;

/**
 * The answers of a new request while the applicant walks its steps, kept in the HTTP
 * session ({@link NewRequestPages} says why), with the idempotency key the filing will
 * carry. Immutable: each step's answer makes a new draft.
 */
record RequestDraft(String idempotencyKey, String agencyCode, String informationSought, boolean ownInformation,
		RequestedForm requestedForm, DeliveryMethod deliveryMethod) implements Serializable {

	/** Nothing answered yet: no form or way of receiving is chosen for the applicant. */
	static RequestDraft start() {
		return new RequestDraft(UUID.randomUUID().toString(), null, null, false, null, null);
	}

	/**
	 * The draft of a whole form posted at once (the check page's, or an API-like
	 * client's).
	 */
	static RequestDraft of(NewRequest request, String idempotencyKey) {
		return new RequestDraft(idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString(),
				request.agencyCode(), request.informationSought(), request.concernsOwnInformation(),
				request.requestedForm(), request.deliveryMethod());
	}

	/** This draft with {@code step}'s own answers taken from what the step posted. */
	RequestDraft answer(NewRequestPages.Step step, NewRequest posted) {
		return switch (step) {
			case AGENCY -> new RequestDraft(idempotencyKey, posted.agencyCode(), informationSought, ownInformation,
					requestedForm, deliveryMethod);
			case INFORMATION -> new RequestDraft(idempotencyKey, agencyCode, posted.informationSought(),
					posted.concernsOwnInformation(), requestedForm, deliveryMethod);
			case FORM -> new RequestDraft(idempotencyKey, agencyCode, informationSought, ownInformation,
					posted.requestedForm(), posted.deliveryMethod());
			case CHECK -> this;
		};
	}

	/** The request as it would be filed. */
	NewRequest request() {
		return new NewRequest(agencyCode, informationSought, requestedForm, deliveryMethod, ownInformation);
	}

}
