package org.gongkai.disclosure.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every audit action is shown to the administrator in words, never as its code. */
class AuditActionTest {

	@Test
	void everyActionHasItsWordsInTheBundle() throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(AuditActionTest.class.getResourceAsStream("/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		assertThat(AuditAction.values()).isNotEmpty();
		assertThat(Arrays.stream(AuditAction.values()).filter(a -> messages.getProperty(a.messageKey()) == null))
			.as("actions without words in messages.properties")
			.isEmpty();
	}

}
