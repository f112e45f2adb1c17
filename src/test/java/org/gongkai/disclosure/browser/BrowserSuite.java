package org.gongkai.disclosure.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@code *BrowserIT} class shares: the whole application on a random port over
 * an embedded PostgreSQL (one Spring context, so one start-up, for all the classes that
 * do not declare their own), one headless {@link Chromium} for the class, and at its end
 * the class's axe-core violations, JavaScript errors and layout problems written to
 * {@code target/browser-screenshots/axe-violations-<class>.txt} and asserted to be none.
 * A journey that hangs (Playwright's {@code evaluate} waits without a limit) fails after
 * 15 minutes instead of holding the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = DatabaseType.POSTGRES)
@Import({ TestClock.class, Fixtures.class })
@TestInstance(Lifecycle.PER_CLASS)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
abstract class BrowserSuite {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	Chromium browser;

	@BeforeAll
	void startBrowser() throws IOException {
		browser = new Chromium("http://localhost:" + port, clock);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		Files.write(Chromium.SCREENSHOTS.resolve("axe-violations-" + getClass().getSimpleName() + ".txt"),
				browser.violations(), StandardCharsets.UTF_8);
		browser.close();
		assertThat(browser.violations()).as("axe-core violations, JavaScript errors and pages wider than a phone")
			.isEmpty();
	}

}
