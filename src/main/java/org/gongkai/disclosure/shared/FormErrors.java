package org.gongkai.disclosure.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal on the form: each {@link InvalidFields} problem beside its
 * field (when the form has that field), anything else at the top. A keyed refusal goes
 * with its key and arguments, so that the page words it in the reader's language (the
 * Chinese text is the error's default message).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, RuntimeException refusal) {
		if (refusal instanceof InvalidFields invalid) {
			invalid.resolvableProblems().forEach((field, problem) -> {
				if (errors.getFieldType(field) != null) {
					errors.rejectValue(field, code(problem), problem.getArguments(), chinese(problem));
				}
				else {
					errors.reject(code(problem), problem.getArguments(), chinese(problem));
				}
			});
		}
		else if (refusal instanceof MessageSourceResolvable keyed) {
			errors.reject(code(keyed), keyed.getArguments(), refusal.getMessage());
		}
		else {
			errors.reject("invalid", refusal.getMessage());
		}
	}

	/**
	 * Puts a service's refusal beside the form's one {@code field} (a one-field form's
	 * problem is that field's), worded in the reader's language when keyed.
	 */
	public static void rejectField(BindingResult errors, String field, RuntimeException refusal) {
		if (refusal instanceof MessageSourceResolvable keyed) {
			errors.rejectValue(field, code(keyed), keyed.getArguments(), refusal.getMessage());
		}
		else {
			errors.rejectValue(field, "invalid", refusal.getMessage());
		}
	}

	private static String code(MessageSourceResolvable problem) {
		String[] codes = problem.getCodes();
		return codes == null || codes.length == 0 ? "invalid" : codes[0];
	}

	private static String chinese(MessageSourceResolvable problem) {
		return problem instanceof RefusalText keyed ? keyed.chinese() : problem.getDefaultMessage();
	}

}
