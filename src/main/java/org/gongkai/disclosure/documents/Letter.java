package org.gongkai.disclosure.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongkai.disclosure.shared.Refusal;

/**
 * Everything printed on one letter, filled by the caller (its wording from
 * {@link LetterWording}); the layout templates decide where it goes. Text is stripped;
 * control characters are refused. A paragraph containing line breaks becomes several
 * paragraphs.
 *
 * @param kind which letter, and so which templates
 * @param agencyName the issuing organ, printed in the title and as the signature, e.g.
 * {@code 示范县人民政府办公室}
 * @param documentNumber the 发文字号, e.g. {@code 示范县政府办〔2026〕公开答复第00001号}
 * @param addressee who the letter is addressed to (主送), e.g. {@code 张三}; the template
 * adds the colon. The applicant, except for a {@link LetterKind#CONSULTATION_LETTER} (the
 * third party or agency consulted) and a {@link LetterKind#THIRD_PARTY_NOTICE} (the third
 * party)
 * @param reference the request's number (申请编号)
 * @param date the 成文日期, printed as {@code 2026年3月20日}
 * @param paragraphs the body, one element per paragraph, at least one
 * @param legalBasis the provisions the decision rests on, e.g.
 * {@code 《中华人民共和国政府信息公开条例》第三十六条第（二）项}; required for a {@link LetterKind#decision()
 * decision}, otherwise optional (printed only if given; the {@link LetterKind#FEE_NOTICE}
 * prints it as 收费依据)
 * @param remedyNotice the 救济途径告知 (worded by {@link LetterWording#remedyNotice}); required
 * for a decision, otherwise optional
 */
public record Letter(LetterKind kind, String agencyName, String documentNumber, String addressee, String reference,
		LocalDate date, List<String> paragraphs, String legalBasis, String remedyNotice) {

	private static final int SHORT = 200;

	private static final int LONG = 5000;

	private static final int MAX_PARAGRAPHS = 200;

	public Letter {
		Objects.requireNonNull(kind, "kind");
		if (date == null) {
			throw new Refusal("refusal.documents.letter.dateRequired");
		}
		agencyName = required(agencyName, "发文机关", SHORT);
		documentNumber = required(documentNumber, "发文字号", SHORT);
		addressee = required(addressee, kind.addresseeLabel(), SHORT);
		reference = required(reference, "申请编号", SHORT);
		paragraphs = paragraphs(paragraphs);
		legalBasis = kind.decision() ? required(legalBasis, "法律依据", LONG) : optional(legalBasis, "法律依据", LONG);
		remedyNotice = kind.decision() ? required(remedyNotice, "救济途径告知", LONG)
				: optional(remedyNotice, "救济途径告知", LONG);
	}

	/**
	 * A file name for this letter, e.g. {@code 政府信息公开申请答复书-示范县政府办〔2026〕公开答复第00001号.pdf}.
	 */
	public String fileName(String extension) {
		return fileName(kind, documentNumber, extension);
	}

	/**
	 * The download name of a letter of {@code kind} numbered {@code documentNumber}, e.g.
	 * {@code 政府信息公开申请答复书-示范县政府办〔2026〕公开答复第00001号.pdf}.
	 */
	public static String fileName(LetterKind kind, String documentNumber, String extension) {
		String name = kind.title() + "-" + documentNumber;
		return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + extension;
	}

	private static List<String> paragraphs(List<String> paragraphs) {
		List<String> result = new ArrayList<>();
		if (paragraphs != null) {
			for (String paragraph : paragraphs) {
				if (paragraph == null) {
					continue;
				}
				for (String line : paragraph.split("\\R")) {
					String text = optional(line, "正文", LONG);
					if (text != null) {
						result.add(text);
					}
				}
			}
		}
		if (result.isEmpty()) {
			throw new Refusal("refusal.documents.letter.bodyRequired");
		}
		if (result.size() > MAX_PARAGRAPHS) {
			throw new Refusal("refusal.documents.letter.tooManyParagraphs", MAX_PARAGRAPHS);
		}
		return List.copyOf(result);
	}

	private static String required(String value, String what, int maxLength) {
		String text = optional(value, what, maxLength);
		if (text == null) {
			throw new Refusal("refusal.documents.letter.required", what);
		}
		return text;
	}

	private static String optional(String value, String what, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.codePoints()
			.anyMatch(c -> Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF
					|| Character.getType(c) == Character.SURROGATE)) {
			throw new Refusal("refusal.documents.letter.controlCharacters", what);
		}
		if (text.length() > maxLength) {
			throw new Refusal("refusal.documents.letter.tooLong", what, maxLength);
		}
		return text;
	}
}
