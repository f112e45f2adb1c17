package org.gongkai.disclosure.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Every problem with what someone typed, field by field, so that a page can list them all
 * at once and show each beside its field instead of one at a time. The fields are named
 * as the input's record components (the forms use the same names). Its message is the
 * problems joined in Chinese; {@link #problems(MessageSourceAccessor)} words them in the
 * reader's language ({@link RefusalWords}).
 */
public final class InvalidFields extends IllegalArgumentException {

	private final Map<String, MessageSourceResolvable> problems;

	private InvalidFields(Map<String, MessageSourceResolvable> problems) {
		super(String.join("；", problems.values().stream().map(InvalidFields::chinese).toList()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	/**
	 * The problems in Chinese, in the order the fields were checked (the form's order).
	 */
	public Map<String, String> problems() {
		Map<String, String> chinese = new LinkedHashMap<>();
		this.problems.forEach((field, problem) -> chinese.put(field, chinese(problem)));
		return chinese;
	}

	/** The problems in the request's language, in the form's order. */
	public Map<String, String> problems(MessageSourceAccessor messages) {
		Map<String, String> worded = new LinkedHashMap<>();
		this.problems.forEach((field, problem) -> worded.put(field, messages.getMessage(problem)));
		return worded;
	}

	/** The problems as a form's errors resolve them: key, arguments, Chinese. */
	public Map<String, MessageSourceResolvable> resolvableProblems() {
		return this.problems;
	}

	private static String chinese(MessageSourceResolvable problem) {
		return problem instanceof RefusalText keyed ? keyed.chinese() : problem.getDefaultMessage();
	}

	/** A problem that has no key (a message composed elsewhere): shown as it is. */
	private static MessageSourceResolvable unkeyed(String message) {
		return new DefaultMessageSourceResolvable(null, null, message);
	}

	/** Collects the problems of one input, then throws them together. */
	public static final class Collector {

		private final Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();

		/**
		 * Runs one field's rule; the {@link IllegalArgumentException} it throws becomes
		 * that field's problem (the first one only).
		 */
		public Collector check(String field, Runnable rule) {
			if (!problems.containsKey(field)) {
				try {
					rule.run();
				}
				catch (InvalidFields nested) {
					nested.problems.forEach(problems::putIfAbsent);
				}
				catch (Refusal refusal) {
					problems.put(field, refusal.text());
				}
				catch (IllegalArgumentException e) {
					problems.put(field, unkeyed(e.getMessage()));
				}
			}
			return this;
		}

		/**
		 * Records the refusal {@code key} (of {@code i18n/refusals}, with its
		 * {@code arguments}) for {@code field} unless {@code valid}.
		 */
		public Collector require(boolean valid, String field, String key, Object... arguments) {
			if (!valid) {
				problems.putIfAbsent(field, new RefusalText(key, arguments));
			}
			return this;
		}

		public boolean has(String field) {
			return problems.containsKey(field);
		}

		public boolean isEmpty() {
			return problems.isEmpty();
		}

		/** Throws every problem found, if any. */
		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidFields(problems);
			}
		}

	}

}
