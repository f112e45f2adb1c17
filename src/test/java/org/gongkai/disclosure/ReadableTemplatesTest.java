package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page template reads as words for the people using it (issue 16): a time of day is
 * Beijing time, never the server's zone; no internal note (a source path, a section of
 * our documentation, the API documentation) is shown.
 */
class ReadableTemplatesTest {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	/**
	 * {@code #temporals.format(x, '… HH …')} without a zone formats in the server's zone.
	 */
	private static final Pattern TIME_FORMAT = Pattern.compile("#temporals\\.format\\(([^()]*(\\(\\))?[^()]*)\\)");

	@Test
	void everyTimeOfDayIsBeijingTime() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = TIME_FORMAT.matcher(Files.readString(template));
			while (m.find()) {
				String args = m.group(1);
				if (args.contains("HH") && !args.contains("'Asia/Shanghai'") && !args.contains("Beijing()")) {
					problems.add(TEMPLATES.relativize(template) + ": " + m.group());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noInstantIsPrintedRaw() throws IOException {
		Pattern raw = Pattern.compile("th:text=\"[^\"]*\\$\\{[\\w.]+(At|Time)}");
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = raw.matcher(Files.readString(template));
			while (m.find()) {
				problems.add(TEMPLATES.relativize(template) + ": " + m.group());
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noInternalNoteIsShown() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			for (String internal : List.of("docs/", "§", "规格说明", "swagger", "api-docs", ".java", "src/main")) {
				if (text.contains(internal)) {
					problems.add(TEMPLATES.relativize(template) + ": " + internal);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * The layout's skip link leads to {@code #main}: every page that has the layout's
	 * header gives its {@code <main>} that id (WCAG 2.4.1).
	 */
	@Test
	void everyPageWithTheHeaderHasTheSkipLinksTarget() throws IOException {
		List<String> problems = new ArrayList<>();
		int withHeader = 0;
		for (Path template : templates()) {
			String text = Files.readString(template);
			if (text.contains("layout :: header")) {
				withHeader++;
				if (!text.matches("(?s).*<main id=\"main\"[ >].*")) {
					problems.add(TEMPLATES.relativize(template).toString());
				}
			}
		}
		assertThat(withHeader).as("pages with the layout's header").isGreaterThan(30);
		assertThat(problems).as("pages whose <main> is not the skip link's #main").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

}
