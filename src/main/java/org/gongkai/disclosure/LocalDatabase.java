package org.gongkai.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The run command's database: a real PostgreSQL server (zonky's embedded binaries, from
 * Maven Central) whose data directory survives restarts. Its lifecycle is the application
 * context's: it stops when the application does. Production never activates the
 * {@code local} profile and points {@code DB_URL} at its own server; with {@code DB_URL}
 * set, the {@code local} profile keeps its demo data but uses that server (the load
 * benchmark runs the application so, on the benchmark's own database).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnExpression("'${DB_URL:}'.isEmpty()")
class LocalDatabase {

	private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
		Path dir = Path.of(settings.dataDirectory()).toAbsolutePath();
		boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
		Files.createDirectories(dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPort(settings.port())
			// stopped by this bean's close, after the pool and the engine, not by a JVM
			// hook racing Spring's shutdown
			.setRegisterShutdownHook(false)
			.start();
		log.info("Embedded PostgreSQL on port {} with {} data in {}", settings.port(), fresh ? "new" : "kept", dir);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(10);
		return pool;
	}

	@ConfigurationProperties("gongkai.local-database")
	record Settings(String dataDirectory, int port) {
	}

}
