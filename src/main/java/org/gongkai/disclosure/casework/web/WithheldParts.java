package org.gongkai.disclosure.casework.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.casework.WithheldPart;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;

/**
 * The withheld parts of the decision form: parallel lists of inputs, rows left wholly
 * blank ignored.
 */
final class WithheldParts {

	private WithheldParts() {
	}

	static List<WithheldPart> fromForm(List<String> parts, List<String> grounds, List<String> reasons) {
		List<WithheldPart> result = new ArrayList<>();
		int rows = Math.max(size(parts), Math.max(size(grounds), size(reasons)));
		for (int i = 0; i < rows; i++) {
			String part = at(parts, i);
			String ground = at(grounds, i);
			String reason = at(reasons, i);
			if (part.isBlank() && ground.isBlank() && reason.isBlank()) {
				continue;
			}
			Outcome outcome = ground.isBlank() ? null : parse(ground);
			result.add(new WithheldPart(part, outcome, reason));
		}
		return result;
	}

	private static Outcome parse(String ground) {
		try {
			return Outcome.valueOf(ground);
		}
		catch (IllegalArgumentException e) {
			throw new Refusal("refusal.casework.withheld.unknownGround", ground);
		}
	}

	private static int size(List<String> values) {
		return values == null ? 0 : values.size();
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

}
