package org.gongkai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The production set-up under load (issue 14: the pool deadlock; issue 13: the database
 * roles). The application runs as it does in production: a Hikari pool, here of 10
 * connections that give up after one second, connected as the application role
 * {@code gongkai_app}, while Flyway migrates as the owner. 100 clients view one case and
 * file requests at once; no answer may be a 5xx, so no request waited more than a second
 * for a connection. A view or a filing must therefore never hold one connection while
 * waiting for a second.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false",
		"spring.datasource.hikari.maximum-pool-size=10", "spring.datasource.hikari.connection-timeout=1000" })
@AutoConfigureMockMvc
@Import({ TestClock.class, Fixtures.class, ConnectionPoolIT.ConnectionWatch.class })
class ConnectionPoolIT {

	private static final String APPLICATION_ROLE = "gongkai_app";

	private static final Logger log = LoggerFactory.getLogger(ConnectionPoolIT.class);

	private static final int CLIENTS = 100;

	/** Of the clients, how many file a request; the others view one case. */
	private static final int FILINGS = 20;

	private static final EmbeddedPostgres postgres = startWithTheApplicationRole();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditTrail audit;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		registry.add("spring.datasource.username", () -> APPLICATION_ROLE);
		registry.add("spring.datasource.password", () -> "unused-by-the-embedded-server");
		registry.add("spring.flyway.user", () -> "postgres");
		registry.add("spring.flyway.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void watchFromHere() {
		ConnectionWatch.reset();
	}

	@Test
	void aHundredClientsViewingAndFilingAtOnceNeverWaitASecondForOneOfTenConnections() throws Exception {
		assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(10);
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(APPLICATION_ROLE);
		Agency agency = fixtures.agency();
		GongkaiUser viewer = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		String viewed = file(viewer, agency).getHeader("Location");
		// each filer to an agency of its own: the reference counter row per agency and
		// year
		// is a queue of its own (issue 14 item 3), not the one this test is about
		List<GongkaiUser> filers = new ArrayList<>();
		List<Agency> agencies = new ArrayList<>();
		for (int i = 0; i < FILINGS; i++) {
			filers.add(fixtures.applicant(ApplicantCategory.NATURAL_PERSON));
			agencies.add(fixtures.agency());
		}

		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			if (i < FILINGS) {
				GongkaiUser filer = filers.get(i);
				Agency filedWith = agencies.get(i);
				clients.add(() -> answer(start, () -> file(filer, filedWith).getStatus()));
			}
			else {
				// one applicant viewing one case from many clients: 56 of 100 got a 5xx
				// before
				clients.add(() -> answer(start, () -> view(viewer, viewed)));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Callable<Integer> client : clients) {
				answers.add(pool.submit(client));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(5, TimeUnit.MINUTES));
			}
			log.info("{} clients: longest wait for a connection {} ms, longest held {} ms, answers {}", CLIENTS,
					ConnectionWatch.longestWait.get() / 1_000_000, ConnectionWatch.longestUse.get(), statuses);
			assertThat(statuses).hasSize(CLIENTS).allSatisfy(status -> assertThat(status).isBetween(200, 299));
		}
		finally {
			pool.shutdownNow();
		}
		// the deadlock's precondition, whatever the machine's speed: a thread that holds
		// a
		// connection and asks for another
		assertThat(ConnectionWatch.nested.get()).isZero();
		assertThat(ConnectionWatch.timeouts.get()).isZero();

		assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSONAL_DATA_READ'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(CLIENTS);
		assertThat(audit.verify().intact()).isTrue();
		// and the application's role could not have rewritten any of it
		assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'forged'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	/**
	 * Waits for the start, then sends one request; an exception that would reach the
	 * servlet container counts as the 500 it would become.
	 */
	private static int answer(CountDownLatch start, Callable<Integer> request) throws InterruptedException {
		start.await();
		try {
			return request.call();
		}
		catch (Exception e) {
			log.error("A request failed", e);
			return 500;
		}
	}

	private MockHttpServletResponse file(GongkaiUser applicant, Agency agency) throws Exception {
		return mvc
			.perform(post("/api/requests").with(user(applicant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"agencyCode": "%s", "informationSought": "本县2025年财政预算执行情况",
						 "requestedForm": "ELECTRONIC", "deliveryMethod": "ONLINE"}""".formatted(agency.code())))
			.andReturn()
			.getResponse();
	}

	private int view(GongkaiUser applicant, String location) throws Exception {
		if (location == null) {
			return 0;
		}
		return mvc.perform(get(location).with(user(applicant))).andReturn().getResponse().getStatus();
	}

	/**
	 * Watches every connection the pool hands out (Hikari's metrics hook, called on the
	 * borrowing and the returning thread): the longest wait, the longest use, time-outs,
	 * and any thread that borrows a second connection before returning its first.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ConnectionWatch implements IMetricsTracker {

		static final AtomicLong longestWait = new AtomicLong();

		static final AtomicLong longestUse = new AtomicLong();

		static final AtomicInteger nested = new AtomicInteger();

		static final AtomicInteger timeouts = new AtomicInteger();

		private static final ThreadLocal<Integer> held = ThreadLocal.withInitial(() -> 0);

		static void reset() {
			longestWait.set(0);
			longestUse.set(0);
			nested.set(0);
			timeouts.set(0);
		}

		@Bean
		static BeanPostProcessor watchTheConnectionPool() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (bean instanceof HikariDataSource pool) {
						pool.setMetricsTrackerFactory((name, stats) -> new ConnectionWatch());
					}
					return bean;
				}
			};
		}

		@Override
		public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
			longestWait.accumulateAndGet(elapsedAcquiredNanos, Math::max);
			held.set(held.get() + 1);
			if (held.get() > 1) {
				nested.incrementAndGet();
				log.error("A thread borrowed a second connection while holding one",
						new IllegalStateException("nested connection"));
			}
		}

		@Override
		public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
			longestUse.accumulateAndGet(elapsedBorrowedMillis, Math::max);
			held.set(Math.max(0, held.get() - 1));
		}

		@Override
		public void recordConnectionTimeout() {
			timeouts.incrementAndGet();
		}

	}

	private static EmbeddedPostgres startWithTheApplicationRole() {
		try {
			EmbeddedPostgres started = EmbeddedPostgres.builder().start();
			// in production a DBA creates both roles (docs/operations.md); V81 grants the
			// application role what it needs
			try (Connection owner = started.getPostgresDatabase().getConnection();
					Statement statement = owner.createStatement()) {
				statement
					.execute("create role " + APPLICATION_ROLE + " login password 'unused-by-the-embedded-server'");
			}
			return started;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
