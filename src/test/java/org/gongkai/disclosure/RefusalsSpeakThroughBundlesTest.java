package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a service throws speaks through the refusals bundle
 * ({@code shared.Refusal}, {@code shared.StateRefusal}), so that the English UI shows it
 * in English: no exception in {@code src/main} is built with a Chinese text (an internal
 * guard that no user can trigger says what went wrong in English), every key a refusal
 * names is in the bundle, and every key of the bundle is used.
 */
class RefusalsSpeakThroughBundlesTest {

	private static final Path SOURCES = Path.of("src/main/java");

	/**
	 * {@code new SomethingException(}, {@code new …Refusal(}, or whatever follows a
	 * throw.
	 */
	private static final Pattern CONSTRUCTION = Pattern
		.compile("throw\\s+new\\s+\\w+\\s*\\(|new\\s+\\w*(?:Exception|Error|Refusal)\\s*\\(");

	private static final Pattern CHINESE_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\\p{IsHan}");

	private static final Pattern KEY = Pattern.compile("\"(refusal\\.[\\w.]+)\"");

	@Test
	void noExceptionIsBuiltWithAChineseText() throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> sources = sources();
		assertThat(sources).as("the sources read").hasSizeGreaterThan(300);
		for (Path source : sources) {
			found.addAll(chineseConstructions(SOURCES.relativize(source).toString(), Files.readString(source)));
		}
		assertThat(found).as("exceptions with a Chinese text instead of a key of i18n/refusals").isEmpty();
	}

	@Test
	void theCheckFindsEachKindOfConstruction() {
		assertThat(chineseConstructions("t", "throw new IllegalArgumentException(\"机关不存在\");")).hasSize(1);
		assertThat(chineseConstructions("t", "throw new IllegalStateException(\n\t\"案件\" + id + \"已办结\");")).hasSize(1);
		assertThat(chineseConstructions("t", ".orElseThrow(() -> new IllegalArgumentException(\"机关不存在\"));"))
			.hasSize(1);
		assertThat(chineseConstructions("t", "throw new Unreadable(x ? \"a\" : \"没有工作表\");")).hasSize(1);
		assertThat(chineseConstructions("t", "throw new Refusal(\"refusal.agencies.agency.unknown\");")).isEmpty();
		assertThat(chineseConstructions("t", "throw new IllegalStateException(\"No such step \" + id);")).isEmpty();
		assertThat(chineseConstructions("t", "throw new X(f(\"a)\"), \"b\"); String s = \"中文\";")).isEmpty();
	}

	@Test
	void everyKeyARefusalNamesIsInBothLanguagesAndEveryKeyIsUsed() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path source : sources()) {
			Matcher key = KEY.matcher(Files.readString(source));
			while (key.find()) {
				used.add(key.group(1));
			}
		}
		Properties chinese = MessageBundlesTest.load("/i18n/refusals.properties");
		assertThat(used).as("keys the sources name").hasSizeGreaterThan(250);
		assertThat(used).as("keys missing from i18n/refusals.properties")
			.allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotNull());
		Set<String> unused = new TreeSet<>(chinese.stringPropertyNames());
		unused.removeAll(used);
		unused.remove("refusal.separator");
		assertThat(unused).as("keys no source names").isEmpty();
	}

	/** Constructions whose argument list holds a Chinese string literal. */
	static List<String> chineseConstructions(String name, String source) {
		List<String> found = new ArrayList<>();
		Matcher construction = CONSTRUCTION.matcher(source);
		while (construction.find()) {
			String arguments = source.substring(construction.end(), closing(source, construction.end() - 1));
			if (CHINESE_LITERAL.matcher(arguments).find()) {
				int line = (int) source.substring(0, construction.start()).lines().count();
				found.add(name + ":" + line + ": " + construction.group() + arguments.strip().replaceAll("\\s+", " "));
			}
		}
		return found;
	}

	/**
	 * The index of the parenthesis that closes the one at {@code open}, past string
	 * literals.
	 */
	private static int closing(String source, int open) {
		int depth = 0;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"') {
				i = source.indexOf('"', i + 1);
				while (source.charAt(i - 1) == '\\' && source.charAt(i - 2) != '\\') {
					i = source.indexOf('"', i + 1);
				}
			}
			else if (c == '\'') {
				i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) : i + 2;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return source.length();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".java")).toList();
		}
	}

}
