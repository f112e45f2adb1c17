package org.gongkai.disclosure.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a ledger read as another label of the format, counted: what the import
 * shows back (「企业 → 商业企业：120行」), so an office sees how each of its words was read.
 */
final class LabelReadings {

	/** Distinct readings kept, at most (the synonym table is far smaller). */
	static final int MAX = 200;

	private record Reading(String column, String written, String canonical) {
	}

	private final Map<Reading, Integer> counts = new LinkedHashMap<>();

	/**
	 * Notes that {@code written} in {@code column} was read as the label whose ledger
	 * form is {@code word}, shown as {@code canonical}; a cell that already wrote the
	 * label itself is not a reading.
	 */
	void read(String column, String written, String word, String canonical) {
		String text = written.strip();
		if (LedgerSynonyms.key(text).equals(LedgerSynonyms.key(word))) {
			return;
		}
		Reading reading = new Reading(column, text, canonical);
		if (counts.containsKey(reading) || counts.size() < MAX) {
			counts.merge(reading, 1, Integer::sum);
		}
	}

	List<ImportJob.Mapping> mappings() {
		List<ImportJob.Mapping> mappings = new ArrayList<>();
		counts.forEach((r, n) -> mappings.add(new ImportJob.Mapping(r.column(), r.written(), r.canonical(), n)));
		return mappings;
	}

}
