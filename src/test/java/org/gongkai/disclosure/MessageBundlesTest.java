package org.gongkai.disclosure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two bundles agree: English has no key that Chinese (the default) lacks, and every
 * text of the parts already translated — the header and menu, the home, sign-in and error
 * pages, the audit trail's words — exists in both.
 */
class MessageBundlesTest {

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

	private static Properties load(String resource) throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

}
