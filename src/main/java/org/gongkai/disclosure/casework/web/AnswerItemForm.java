package org.gongkai.disclosure.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.disclosure.casework.AnswerItem;
import org.gongkai.disclosure.casework.NotHeldAnswer;
import org.gongkai.disclosure.decisions.Outcome;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.context.MessageSourceResolvable;

/**
 * The rows of the decision form's per-item section (a request answered item by item,
 * docs/statute.md#mixed-answers): parallel lists of inputs kept as typed, so that a
 * refused draft shows them again; rows left wholly blank are ignored.
 */
final class AnswerItemForm {

	/** The rows the section shows at least. */
	static final int MIN_ROWS = 4;

	private AnswerItemForm() {
	}

	/** One row as typed. */
	record Row(String item, String result, String explanation, String notHeldKind, String searchedWhere,
			String searchedHow, String searchedBy, String searchedOn) {

		boolean blank() {
			return (item + result + explanation + notHeldKind + searchedWhere + searchedHow + searchedBy + searchedOn)
				.isBlank();
		}

		static Row of(AnswerItem a) {
			NotHeldAnswer n = a.notHeld();
			return new Row(a.item(), a.result().name(), a.explanation(), n == null ? "" : n.kind().name(),
					n == null ? "" : text(n.searchedWhere()), n == null ? "" : text(n.searchedHow()),
					n == null ? "" : text(n.searchedBy()),
					n == null || n.searchedOn() == null ? "" : n.searchedOn().toString());
		}

		private static String text(String value) {
			return value == null ? "" : value;
		}

	}

	static List<Row> rows(List<String> items, List<String> results, List<String> explanations,
			List<String> notHeldKinds, List<String> searchedWhere, List<String> searchedHow, List<String> searchedBy,
			List<String> searchedOn) {
		int size = 0;
		for (List<String> column : List.of(nonNull(items), nonNull(results), nonNull(explanations),
				nonNull(notHeldKinds), nonNull(searchedWhere), nonNull(searchedHow), nonNull(searchedBy),
				nonNull(searchedOn))) {
			size = Math.max(size, column.size());
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			rows.add(new Row(at(items, i), at(results, i), at(explanations, i), at(notHeldKinds, i),
					at(searchedWhere, i), at(searchedHow, i), at(searchedBy, i), at(searchedOn, i)));
		}
		return rows;
	}

	/**
	 * The items the rows describe.
	 * @throws IllegalArgumentException naming the row of the first input that is not
	 * valid
	 */
	static List<AnswerItem> items(List<Row> rows) {
		List<AnswerItem> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			MessageSourceResolvable which = Refusal.text("refusal.casework.item.row", i + 1);
			try {
				Outcome outcome = row.result().isBlank() ? null : parse(Outcome.class, row.result(), "答复结果");
				NotHeldAnswer notHeld = row.notHeldKind().isBlank() ? null
						: new NotHeldAnswer(parse(NotHeldAnswer.Kind.class, row.notHeldKind(), "本机关不掌握的情形"),
								row.searchedWhere(), row.searchedHow(), row.searchedBy(),
								row.searchedOn().isBlank() ? null : LocalDate.parse(row.searchedOn()));
				result.add(new AnswerItem(row.item(), outcome, row.explanation(), notHeld));
			}
			catch (DateTimeParseException e) {
				throw new Refusal("refusal.casework.item.searchDateFormat", which);
			}
			catch (IllegalArgumentException e) {
				throw new Refusal("refusal.casework.item.inRow", which,
						e instanceof MessageSourceResolvable keyed ? keyed : e.getMessage());
			}
		}
		return result;
	}

	/** The rows the page shows: those given, filled up with blank ones. */
	static List<Row> shown(List<Row> rows) {
		List<Row> shown = new ArrayList<>(rows);
		while (shown.size() < MIN_ROWS) {
			shown.add(new Row("", "", "", "", "", "", "", ""));
		}
		return shown;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			throw new Refusal("refusal.casework.item.unknownValue", field, value);
		}
	}

	private static List<String> nonNull(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

}
