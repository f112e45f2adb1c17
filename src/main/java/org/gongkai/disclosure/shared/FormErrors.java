package org.gongkai.disclosure.shared;

import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal on the form: each {@link InvalidFields} problem beside its
 * field (when the form has that field), anything else at the top.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, IllegalArgumentException refusal) {
		if (refusal instanceof InvalidFields invalid) {
			invalid.problems().forEach((field, message) -> {
				if (errors.getFieldType(field) != null) {
					errors.rejectValue(field, "invalid", message);
				}
				else {
					errors.reject("invalid", message);
				}
			});
		}
		else {
			errors.reject("invalid", refusal.getMessage());
		}
	}

}
