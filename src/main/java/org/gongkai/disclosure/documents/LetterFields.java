package org.gongkai.disclosure.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates print, by the names they use: {@code {{agencyName}}} in the .docx
 * templates, {@code ${agencyName}} in the XHTML ones. A record rather than a map so that
 * poi-tl, in strict mode, refuses a tag that names no field (a typo in an edited
 * template) instead of printing a blank.
 */
record LetterFields(String title, String agencyName, String documentNumber, String addressee, String reference,
		String date, List<String> paragraphs, String legalBasis, String remedyNotice) {

	static LetterFields of(Letter letter) {
		return new LetterFields(letter.kind().title(), letter.agencyName(), letter.documentNumber(), letter.addressee(),
				letter.reference(), date(letter), letter.paragraphs(), letter.legalBasis(), letter.remedyNotice());
	}

	/**
	 * The 成文日期 as GB/T 9704 writes it: Arabic numerals, year in full, no leading zeros
	 * (2026年3月2日).
	 */
	static String date(Letter letter) {
		LocalDate date = letter.date();
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/**
	 * The same fields as Thymeleaf variables (null where the letter leaves one empty).
	 */
	Map<String, Object> asMap() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("agencyName", agencyName);
		fields.put("documentNumber", documentNumber);
		fields.put("addressee", addressee);
		fields.put("reference", reference);
		fields.put("date", date);
		fields.put("paragraphs", paragraphs);
		fields.put("legalBasis", legalBasis);
		fields.put("remedyNotice", remedyNotice);
		return fields;
	}
}
