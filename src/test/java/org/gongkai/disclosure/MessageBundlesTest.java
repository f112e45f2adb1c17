package org.gongkai.disclosure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles agree. Each area's bundle ({@code i18n/<area>}) has exactly the same keys
 * in Chinese (the default) and English, none blank. The first bundle, {@code messages},
 * is held to that for the parts already translated; English has no key that Chinese
 * lacks.
 */
class MessageBundlesTest {

	/**
	 * The areas' bundles and the services' refusals ({@code shared.Refusal}): every key
	 * in both languages.
	 */
	static final List<String> AREAS = List.of("i18n/applicant", "i18n/officer", "i18n/admin", "i18n/appeals",
			"i18n/refusals");

	private static final Set<String> TRANSLATED = Set.of("layout.", "nav.", "index.", "login.", "error.", "audit.",
			"typeMismatch");

	@Test
	void englishTranslatesExactlyTheChineseKeysOfTheTranslatedParts() throws IOException {
		Properties zh = load("/messages.properties");
		Properties en = load("/messages_en.properties");
		assertThat(en).isNotEmpty();
		assertThat(new TreeSet<>(en.stringPropertyNames())).as("English keys unknown in Chinese")
			.allSatisfy(key -> assertThat(zh.getProperty(key)).as(key).isNotNull());
		Set<String> missing = new TreeSet<>();
		for (String key : zh.stringPropertyNames()) {
			if (TRANSLATED.stream().anyMatch(key::startsWith) && en.getProperty(key) == null) {
				missing.add(key);
			}
		}
		assertThat(missing).as("translated parts without their English").isEmpty();
	}

	@Test
	void everyAreaBundleHasTheSameKeysInBothLanguages() throws IOException {
		for (String area : AREAS) {
			Properties zh = load("/" + area + ".properties");
			Properties en = load("/" + area + "_en.properties");
			assertThat(new TreeSet<>(en.stringPropertyNames())).as(area + ": keys only in English")
				.isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
			for (Properties bundle : List.of(zh, en)) {
				assertThat(bundle.stringPropertyNames()).as(area + ": blank texts")
					.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
			}
		}
	}

	/**
	 * Spring reads the bundles in the order {@code application.yml} lists them and takes
	 * a key from the first that has it: a key in two bundles would silently show one
	 * area's text on the other's page.
	 */
	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		Set<String> twice = new TreeSet<>();
		for (String bundle : Stream.concat(Stream.of("messages", "i18n/enums"), AREAS.stream()).toList()) {
			String file = "/" + bundle + ("i18n/enums".equals(bundle) ? "_en" : "") + ".properties";
			for (String key : load(file).stringPropertyNames()) {
				String first = owner.putIfAbsent(key, bundle);
				if (first != null) {
					twice.add(key + " (" + first + ", " + bundle + ")");
				}
			}
		}
		assertThat(twice).as("keys in two bundles").isEmpty();
	}

	static Properties load(String resource) throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

}
