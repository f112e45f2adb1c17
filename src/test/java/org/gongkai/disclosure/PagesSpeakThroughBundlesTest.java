package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from the bundles, so that the English UI is whole and no
 * Chinese is left behind in it. A template may keep Chinese only as the prototype text
 * that Thymeleaf replaces: text inside an element whose content a {@code th:text},
 * {@code th:utext}, {@code th:replace}, {@code th:insert} (or {@code sec:authentication})
 * replaces, and an attribute that its {@code th:} twin replaces. Chinese inside a
 * {@code th:} expression (a literal such as {@code '件'}) is a text that English would
 * never see translated, and fails. An element that declares {@code lang="zh-CN"} (the
 * language switch's 中文) is Chinese on purpose.
 */
class PagesSpeakThroughBundlesTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> CONTENT_REPLACED = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"sec:authentication");

	@Test
	void noPageShowsATextThatIsNotInTheBundles() throws IOException {
		List<String> found = new ArrayList<>();
		assertThat(templates()).as("the templates read").hasSizeGreaterThan(40);
		for (Path template : templates()) {
			String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
			found.addAll(literalTexts(name, Files.readString(template, StandardCharsets.UTF_8)));
		}
		assertThat(found).as("texts written into templates instead of the bundles").isEmpty();
	}

	@Test
	void theCheckFindsEachKindOfLiteral() {
		assertThat(literalTexts("t", "<p>已受理</p>")).hasSize(1);
		assertThat(literalTexts("t", "<p th:text=\"${n} + '件'\">3件</p>")).hasSize(1);
		assertThat(literalTexts("t", "<input placeholder=\"请输入\">")).hasSize(1);
		assertThat(literalTexts("t", "<p th:text=\"#{a.b}\">已受理</p>")).isEmpty();
		assertThat(literalTexts("t", "<input th:placeholder=\"#{a.b}\" placeholder=\"请输入\">")).isEmpty();
		assertThat(literalTexts("t", "<div th:replace=\"~{x :: y}\"><p title=\"说明\">已受理</p></div>")).isEmpty();
		assertThat(literalTexts("t", "<a lang=\"zh-CN\">中文</a>")).isEmpty();
		assertThat(literalTexts("t", "<!-- 说明 --><p th:text=\"#{a}\"></p>")).isEmpty();
	}

	static List<String> literalTexts(String name, String html) {
		Document page = Jsoup.parse(html, "", Parser.htmlParser());
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			if (chineseOnPurpose(element)) {
				continue;
			}
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey();
				if (!HAN.matcher(attribute.getValue()).find()) {
					continue;
				}
				if (key.startsWith("th:")) {
					found.add(name + ": literal in " + key + "=\"" + attribute.getValue() + "\"");
				}
				else if (!element.hasAttr("th:" + key) && !element.hasAttr("th:attr") && !replacedWhole(element)) {
					found.add(name + ": attribute " + key + "=\"" + attribute.getValue() + "\"");
				}
			}
			for (TextNode text : element.textNodes()) {
				if (HAN.matcher(text.text()).find() && !contentReplaced(element)) {
					found.add(name + ": text \"" + text.text().strip() + "\"");
				}
			}
		}
		return found;
	}

	private static boolean chineseOnPurpose(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if ("zh-CN".equals(e.attr("lang")) && !"html".equals(e.tagName())) {
				return true;
			}
		}
		return false;
	}

	/** The element's children are replaced: by its own th:text etc. or an ancestor's. */
	private static boolean contentReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (CONTENT_REPLACED.stream().anyMatch(e::hasAttr)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The element itself is gone from the page: an ancestor's content or itself replaced.
	 */
	private static boolean replacedWhole(Element element) {
		if (element.hasAttr("th:replace")) {
			return true;
		}
		Element parent = element.parent();
		return parent != null && contentReplaced(parent);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

}
