package org.gongkai.disclosure.documents;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.disclosure.shared.Refusal;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * The words of the letters, kept in text templates beside their layouts
 * ({@code documents/wording/<kind>.txt}, Thymeleaf's TEXT mode) so that an office's
 * lawyer reads and edits the wording in one place, not in Java. The caller gives the
 * facts of the case; the template decides the sentences. One line of output is one
 * paragraph; blank lines are dropped. The letters are the office's legal documents and
 * are always in Chinese, whatever language the page is in.
 */
@Component
public class LetterWording {

	private static final String LOCATION = "documents/wording/";

	/** Which 救济途径告知 a letter carries ({@code wording/remedy.txt}). */
	public enum Remedy {

		/**
		 * 行政复议 within 60 days (《行政复议法》第二十条) or 行政诉讼 within 6 months (《行政诉讼法》第四十六条), both
		 * from receipt of the letter.
		 */
		STANDARD,
		/**
		 * A 不予公开 answer: since 2024 复议 comes first (《行政复议法》第二十三条第一款第（四）项; the organ must
		 * say so, 第二款), then suit within 15 days of the 复议决定 (《行政诉讼法》第四十五条).
		 * docs/statute.md#review-first
		 */
		REVIEW_FIRST,
		/**
		 * A 部分公开 answer: the withheld parts go to 复议 first, the rest as
		 * {@link #STANDARD}. docs/statute.md#review-first
		 */
		PARTLY_WITHHELD,
		/** The 政府信息公开决定告知书 to a third party (《条例》第三十二条): as {@link #STANDARD}. */
		THIRD_PARTY

	}

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	LetterWording() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(LetterWording.class.getClassLoader());
		resolver.setPrefix(LOCATION);
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		templates.setTemplateResolver(resolver);
	}

	/**
	 * The body of a letter of {@code kind}, one paragraph a line, from
	 * {@code wording/<kind's template name>.txt} and the case's {@code facts}.
	 */
	public List<String> body(LetterKind kind, Map<String, ?> facts) {
		return paragraphs(render(kind.templateName(), facts));
	}

	/**
	 * The 发文字号 of a case's letter, e.g. {@code 示范县政府办依申请公开答〔2026〕00001号}: the agency's
	 * prefix, the kind's word, the year and the number.
	 */
	public String documentNumber(LetterKind kind, String prefix, String year, String number) {
		return render("document-number", Map.of("kind", kind, "prefix", prefix, "year", year, "number", number))
			.strip();
	}

	/**
	 * The 救济途径告知, naming the 行政复议机关 and the court of first instance.
	 * @throws IllegalArgumentException when either is not known
	 */
	public String remedyNotice(Remedy remedy, String reviewOrgan, String court) {
		return render("remedy",
				Map.of("remedy", remedy, "reviewOrgan", named(reviewOrgan, "行政复议机关"), "court", named(court, "人民法院")))
			.strip();
	}

	/**
	 * The note that dates in a year without the State Council's holiday notice are
	 * provisional, listing {@code warnings}.
	 */
	public String provisionalNote(List<String> warnings) {
		return render("provisional-note", Map.of("warnings", warnings)).strip();
	}

	private String render(String template, Map<String, ?> facts) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, new HashMap<>(facts));
		return templates.process(template, context);
	}

	private static List<String> paragraphs(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String named(String organ, String what) {
		if (organ == null || organ.isBlank()) {
			throw new Refusal("refusal.documents.wording.required", what);
		}
		return organ.strip();
	}

}
