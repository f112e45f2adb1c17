package org.gongkai.disclosure.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gongkai.disclosure.GongkaiApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the application, two Spring contexts with their own job executors and
 * connection pools, on one PostgreSQL, with the job executor settings of application.yml
 * (lock time, acquisition by due date, back-off). 1,000 timers fall due at the same
 * instant; when about a fifth have fired, node A is shut down without finishing the jobs
 * it had acquired: they stay locked by a node that is gone, as after kill -9, until their
 * lock expires. Every timer must fire exactly once, and the last within 60 seconds of the
 * due instant.
 * <p>
 * The timers belong to a probe process whose only step writes a row in the timer's own
 * transaction, so that a row means a committed execution and two rows mean a duplicate.
 * What it does not show: a JVM killed in the middle of a job's transaction (PostgreSQL
 * rolls that back, the job keeps its lock and is retried after the lock time, the same
 * path as here).
 */
class TwoNodeTimersIT {

	private static final int TIMERS = 1000;

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		nodeA = node("A");
		nodeB = node("B");
	}

	@AfterAll
	static void stop() throws Exception {
		if (nodeA != null && nodeA.isActive()) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void athousandTimersDueTogetherFireExactlyOnceWithinAMinuteWhenOneNodeDies() throws Exception {
		JdbcClient jdbc = nodeB.getBean(JdbcClient.class);
		jdbc.sql("create table timer_probe (instance_id varchar(64) not null, node varchar(8) not null, "
				+ "fired_at timestamptz not null default clock_timestamp())")
			.update();
		ProcessEngine engine = nodeB.getBean(ProcessEngine.class);
		engine.getRepositoryService().createDeployment().addModelInstance("timer-probe.bpmn", probe()).deploy();
		// created by 8 threads; a minute is enough on a loaded 2-core machine
		Instant due = Instant.now().plusSeconds(60);
		ExecutorService starters = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Object>> starts = new ArrayList<>();
			for (int i = 0; i < TIMERS; i++) {
				starts.add(() -> engine.getRuntimeService()
					.startProcessInstanceByKey("TimerProbe", Map.of("due", Date.from(due))));
			}
			for (Future<Object> started : starters.invokeAll(starts)) {
				started.get();
			}
		}
		finally {
			starters.shutdown();
		}
		assertThat(Instant.now()).as("the timers were all created before they fell due").isBefore(due);

		// node A dies once both share the work: an idle node polls again only after its
		// back-off (max-wait, 10 s), so the other may have taken the first fifth alone
		waitUntil(() -> fired(jdbc) >= TIMERS / 5 && firingNodes(jdbc) == 2, due.plusSeconds(60));
		nodeA.close();
		System.out.println("fired per node when A stops: "
				+ jdbc.sql("select node || '=' || count(*) from timer_probe group by node").query(String.class).list());
		long orphaned = jdbc.sql("select count(*) from act_ru_job where lock_owner_ is not null")
			.query(Long.class)
			.single();
		System.out.printf("node A shut down after %d timers had fired; %d jobs still locked by it or B%n", fired(jdbc),
				orphaned);

		waitUntil(() -> fired(jdbc) >= TIMERS, due.plusSeconds(75));
		Thread.sleep(2000); // a duplicate would show up now
		assertThat(jdbc.sql("select count(*) from timer_probe").query(Long.class).single()).isEqualTo(TIMERS);
		assertThat(jdbc.sql("select count(distinct instance_id) from timer_probe").query(Long.class).single())
			.isEqualTo(TIMERS);
		assertThat(jdbc.sql("select count(distinct node) from timer_probe").query(Long.class).single())
			.as("both nodes fired timers")
			.isEqualTo(2);
		Instant last = jdbc.sql("select max(fired_at) from timer_probe").query(Instant.class).single();
		Instant first = jdbc.sql("select min(fired_at) from timer_probe").query(Instant.class).single();
		System.out.printf("first timer %s after due, last %s after due%n", Duration.between(due, first),
				Duration.between(due, last));
		assertThat(first).isAfterOrEqualTo(due);
		assertThat(Duration.between(due, last)).isLessThanOrEqualTo(Duration.ofSeconds(60));
		assertThat(jdbc.sql("select count(*) from act_ru_job where process_def_key_ = 'TimerProbe'")
			.query(Long.class)
			.single()).isZero();
	}

	private static long fired(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from timer_probe").query(Long.class).single();
	}

	private static void waitUntil(BooleanSupplier condition, Instant deadline) throws InterruptedException {
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("not reached by " + deadline);
			}
			Thread.sleep(200);
		}
	}

	private static BpmnModelInstance probe() {
		return Bpmn.createExecutableProcess("TimerProbe")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.intermediateCatchEvent("Timer_Due")
			.timerWithDate("${due}")
			.serviceTask("Task_Fire")
			.camundaExpression("${timerProbe.fired(execution)}")
			.endEvent()
			.done();
	}

	private static ConfigurableApplicationContext node(String name) {
		// the application as it runs in production, plus the probe below
		return new SpringApplicationBuilder(GongkaiApplication.class)
			.initializers((GenericApplicationContext context) -> context.registerBean("timerProbe", TimerProbe.class))
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--server.port=0",
					"--camunda.bpm.process-engine-name=node" + name, "--spring.datasource.hikari.pool-name=node" + name,
					"--spring.jmx.enabled=false", "--probe.node=" + name);
	}

	private static long firingNodes(JdbcClient jdbc) {
		return jdbc.sql("select count(distinct node) from timer_probe").query(Long.class).single();
	}

	/** The probe's only step: one row per execution, in the timer job's transaction. */
	public static class TimerProbe {

		private final JdbcClient jdbc;

		private final String node;

		TimerProbe(JdbcClient jdbc, Environment environment) {
			this.jdbc = jdbc;
			this.node = environment.getRequiredProperty("probe.node");
		}

		public void fired(DelegateExecution execution) {
			jdbc.sql("insert into timer_probe (instance_id, node) values (?, ?)")
				.params(execution.getProcessInstanceId(), node)
				.update();
		}

	}

}
