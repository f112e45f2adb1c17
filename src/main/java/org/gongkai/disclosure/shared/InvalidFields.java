package org.gongkai.disclosure.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every problem with what someone typed, field by field, so that a page can list them all
 * at once and show each beside its field instead of one at a time. The fields are named
 * as the input's record components (the forms use the same names). Its message is the
 * problems joined, which is what the JSON API reports.
 */
public final class InvalidFields extends IllegalArgumentException {

	private final Map<String, String> problems;

	private InvalidFields(Map<String, String> problems) {
		super(String.join("；", problems.values()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	/** The problems in the order the fields were checked (the form's order). */
	public Map<String, String> problems() {
		return problems;
	}

	/** Collects the problems of one input, then throws them together. */
	public static final class Collector {

		private final Map<String, String> problems = new LinkedHashMap<>();

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
					nested.problems().forEach(problems::putIfAbsent);
				}
				catch (IllegalArgumentException e) {
					problems.put(field, e.getMessage());
				}
			}
			return this;
		}

		/** Records {@code message} for {@code field} unless {@code valid}. */
		public Collector require(boolean valid, String field, String message) {
			if (!valid) {
				problems.putIfAbsent(field, message);
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
