package org.gongkai.disclosure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real, embedded PostgreSQL (zonky: real server binaries from
 * Maven Central, no Docker). Every integration test uses exactly this set-up, so Spring
 * starts one context and one database for all of them. The job executor is off: tests run
 * due jobs themselves through {@link Fixtures#runDueJobs()}, and the ledger-case deadline
 * watch is off (tests call {@code LedgerCaseDeadlines.handleDue}). The {@link TestClock}
 * is reset after every test ({@link ResetsTestClock}). {@link StatementCount} counts the
 * statements a test thread sends, when asked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
		properties = { "camunda.bpm.job-execution.enabled=false", "gongkai.ledger-deadline-watch.enabled=false" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = DatabaseType.POSTGRES)
@AutoConfigureMockMvc
@Import({ TestClock.class, Fixtures.class, StatementCount.class })
@ExtendWith(ResetsTestClock.class)
public @interface GongkaiIntegrationTest {

}
