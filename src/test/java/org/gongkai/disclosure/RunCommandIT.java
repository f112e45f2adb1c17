package org.gongkai.disclosure;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command as a newcomer meets it: the application in profile
 * {@code local} on its own embedded PostgreSQL with a data directory, the demo agency,
 * accounts and cases created at the first start, and everything kept — not created twice
 * — at the second start on the same directory. A demo case that the rules have come to
 * refuse stops the start, so this test fails when the demo data and the rules drift
 * apart.
 */
class RunCommandIT {

	@TempDir
	Path home;

	@Test
	void theFirstStartCreatesTheDemoAndTheSecondKeepsIt() throws IOException {
		int databasePort = freePort();
		Map<String, Object> counts;
		try (ConfigurableApplicationContext first = start(databasePort)) {
			counts = demo(first);
			assertThat((Long) counts.get("agencies")).isPositive();
			assertThat((Long) counts.get("accounts")).isGreaterThanOrEqualTo(6);
			assertThat((Long) counts.get("imported")).as("last year's ledger").isPositive();
			assertThat((Long) counts.get("handled")).as("this year's cases handled in Gongkai").isPositive();
			assertThat((Long) counts.get("answered")).as("this year's cases answered").isPositive();
		}
		assertThat(Files.exists(home.resolve("postgres/PG_VERSION"))).as("the data directory").isTrue();
		try (ConfigurableApplicationContext second = start(databasePort)) {
			assertThat(demo(second)).as("kept across the restart, nothing created twice").isEqualTo(counts);
		}
	}

	private ConfigurableApplicationContext start(int databasePort) {
		return new SpringApplicationBuilder(GongkaiApplication.class).profiles("local")
			.properties(Map.of("server.port", "0", "GONGKAI_DATA_DIR", home.resolve("postgres").toString(),
					"GONGKAI_DB_PORT", databasePort, "camunda.bpm.job-execution.enabled", "false",
					"gongkai.ledger-deadline-watch.enabled", "false", "spring.main.banner-mode", "off"))
			.run();
	}

	private static Map<String, Object> demo(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("""
					select (select count(*) from agency) as agencies,
					       (select count(*) from account_user) as accounts,
					       (select count(*) from disclosure_case where origin <> 'SYSTEM') as imported,
					       (select count(*) from disclosure_case where origin = 'SYSTEM') as handled,
					       (select count(*) from disclosure_case where origin = 'SYSTEM' and outcome is not null) as answered
					""")
			.query()
			.singleRow();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
