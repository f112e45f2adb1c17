package org.gongkai.disclosure;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Elements;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess.Vars;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the load benchmark of issue 14, run by {@code mvn -B -Pbenchmark verify}
 * together with {@code AnnualReportBenchmark} (never by the normal
 * {@code mvn -B verify}). On one embedded PostgreSQL it measures, and prints as one
 * table:
 * <ul>
 * <li>single-row INSERT commits per second (the database's ceiling on this machine);</li>
 * <li>the stock engine — a plain {@link StandaloneProcessEngineConfiguration}, default
 * settings, history FULL, in its own schema — starting {@code disclosure-request.bpmn} to
 * its first wait state, against Gongkai's intake over HTTP (a separate JVM started as in
 * production with {@code -Xmx512m}, on a random port), at 1, 4, 16 and 64 clients, in
 * interleaved rounds, medians of the rounds, with p50/p95/p99 of Gongkai's answers;</li>
 * <li>a full lifecycle (filed, accepted, drafted, reviewed, signed off, reply issued by
 * the job executor) per second against the stock engine's run of the same steps;</li>
 * <li>engine history bytes per closed case, both engines;</li>
 * <li>the task list (API and page) at {@value #DEFAULT_OPEN_CASES} open cases;</li>
 * <li>start-up time, peak heap and peak RSS of the Gongkai JVM.</li>
 * </ul>
 * The stock engine's expression beans (timer dates, delegates) are trivial stand-ins: it
 * runs the same model with none of Gongkai's work (case rows, ledger, clock, audit). Open
 * cases for the task list are copies, made in SQL, of one case filed through the
 * application — its case row and the engine's execution, task and candidate rows — so
 * that 100,000 exist in minutes rather than hours; the figure is the query and the page
 * over those rows. The numbers are as noisy as the machine: it prints {@code uptime}.
 */
class LoadBenchmark {

	static final int DEFAULT_OPEN_CASES = 100_000;

	private static final int OPEN_CASES = Integer.getInteger("load.openCases", DEFAULT_OPEN_CASES);

	private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("load.seconds", 8));

	private static final int ROUNDS = Integer.getInteger("load.rounds", 3);

	private static final int[] CLIENTS = { 1, 4, 16, 64 };

	private static final int SIMILAR_CASES = Integer.getInteger("load.similarCases", 1_000_000);

	private static final String PASSWORD = "gongkai-demo";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private final Map<String, String> results = new LinkedHashMap<>();

	@Test
	void gongkaiAgainstTheStockEngineOnOneDatabase() throws Exception {
		result("machine", machine());
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
			DataSource ds = postgres.getPostgresDatabase();
			JdbcClient jdbc = JdbcClient.create(ds);
			String url = postgres.getJdbcUrl("postgres", "postgres");

			double inserts1 = insertsPerSecond(ds, 1);
			double inserts16 = insertsPerSecond(ds, 16);
			result("single-row INSERT commits/s (1 / 16 clients)", "%.0f / %.0f".formatted(inserts1, inserts16));

			GongkaiNode node = GongkaiNode.start(url);
			try {
				result("Gongkai start-up (JVM start to first page, -Xmx512m)",
						"%.1f s (Spring: %s)".formatted(node.startup.toMillis() / 1000.0, node.springStartup()));
				ProcessEngine stock = stockEngine(jdbc, url);
				try {
					Http applicant = Http.login(node.base, "applicant", "/my/requests/new");
					compareStarts(stock, node, applicant);
					compareLifecycles(stock, node, applicant, jdbc);
					historyBytes(jdbc);
				}
				finally {
					stock.close();
				}
				taskList(node, jdbc);
				similarRequests(node, jdbc);
				result("Gongkai peak heap during intake (used, after GC cycles)",
						"%d MiB".formatted(node.peakHeapBytes.get() / (1 << 20)));
				result("Gongkai peak RSS (VmHWM)", "%d MiB".formatted(node.peakRssKib() / 1024));
			}
			finally {
				node.stop();
			}
		}
		System.out.println();
		System.out.println("| Measure | Figure |");
		System.out.println("|---|---|");
		results.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
		System.out.println();
	}

	private void result(String what, String figure) {
		results.put(what, figure);
		System.out.println(what + ": " + figure);
	}

	// ---- the database's ceiling

	private static double insertsPerSecond(DataSource ds, int clients) throws Exception {
		try (Connection c = ds.getConnection()) {
			c.createStatement().execute("create table if not exists bench_insert (id bigserial primary key, v text)");
		}
		return run(clients, Duration.ofSeconds(5), i -> {
			Connection c = ds.getConnection();
			PreparedStatement insert = c.prepareStatement("insert into bench_insert (v) values (?)");
			return () -> {
				insert.setString(1, "x");
				insert.executeUpdate();
			};
		}).perSecond();
	}

	// ---- starts: stock engine against Gongkai intake over HTTP

	private void compareStarts(ProcessEngine stock, GongkaiNode node, Http applicant) throws Exception {
		String agency = "DEMO-XQ";
		Map<Integer, List<Double>> stockRates = new LinkedHashMap<>();
		Map<Integer, List<Double>> gongkaiRates = new LinkedHashMap<>();
		Map<Integer, Load> lastGongkai = new LinkedHashMap<>();
		node.sampling.set(true);
		for (int round = 0; round < ROUNDS; round++) {
			for (int clients : CLIENTS) {
				Load s = run(clients, ROUND,
						i -> () -> stock.getRuntimeService()
							.startProcessInstanceByKey(DisclosureRequestProcess.KEY, UUID.randomUUID().toString(),
									Map.of(Vars.CASE_ID, UUID.randomUUID().toString())));
				stockRates.computeIfAbsent(clients, c -> new ArrayList<>()).add(s.perSecond());
				Load g = run(clients, ROUND, i -> {
					Http http = Http.login(node.base, "applicant", "/my/requests/new");
					return () -> http.postJson("/api/requests", """
							{"agencyCode":"%s","informationSought":"基准测试：本县%s年财政预算执行情况报告","requestedForm":"ELECTRONIC",
							 "deliveryMethod":"ONLINE"}""".formatted(agency, UUID.randomUUID()), 201);
				});
				gongkaiRates.computeIfAbsent(clients, c -> new ArrayList<>()).add(g.perSecond());
				lastGongkai.merge(clients, g, Load::plus);
			}
		}
		node.sampling.set(false);
		for (int clients : CLIENTS) {
			double st = median(stockRates.get(clients));
			double gk = median(gongkaiRates.get(clients));
			Load all = lastGongkai.get(clients);
			result("starts/s at %d client(s): stock engine | Gongkai intake over HTTP | ratio".formatted(clients),
					"%.1f | %.1f | %.2f× (Gongkai p50 %.0f ms, p95 %.0f ms, p99 %.0f ms)".formatted(st, gk, gk / st,
							all.percentile(50), all.percentile(95), all.percentile(99)));
		}
		double g4 = median(gongkaiRates.get(4));
		double g16 = median(gongkaiRates.get(16));
		result("Gongkai intake, 16 clients against 4", "%.2f×".formatted(g16 / g4));
		// half of the best rate, paced: the latency an office sees when the system is not
		// saturated
		double best = gongkaiRates.values().stream().mapToDouble(LoadBenchmark::median).max().orElseThrow();
		Load half = paced(8, best / 2, ROUND.multipliedBy(2), i -> {
			Http http = Http.login(node.base, "applicant", "/my/requests/new");
			return () -> http.postJson("/api/requests", """
					{"agencyCode":"%s","informationSought":"基准测试：半负载%s","requestedForm":"ELECTRONIC",
					 "deliveryMethod":"ONLINE"}""".formatted(agency, UUID.randomUUID()), 201);
		});
		result("Gongkai intake at half load (%.1f/s offered)".formatted(best / 2),
				"%.1f/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms".formatted(half.perSecond(), half.percentile(50),
						half.percentile(95), half.percentile(99)));
	}

	// ---- the whole lifecycle

	private void compareLifecycles(ProcessEngine stock, GongkaiNode node, Http applicant, JdbcClient jdbc)
			throws Exception {
		int clients = 4;
		List<Double> stockRates = new ArrayList<>();
		List<Double> gongkaiRates = new ArrayList<>();
		Http officer = Http.login(node.base, "officer", "/officer/tasks");
		Http reviewer = Http.login(node.base, "reviewer", "/officer/tasks");
		Http head = Http.login(node.base, "head", "/officer/tasks");
		for (int round = 0; round < ROUNDS; round++) {
			stockRates.add(run(clients, ROUND, i -> () -> stockLifecycle(stock)).perSecond());
			long closedBefore = closed(jdbc);
			Instant start = Instant.now();
			run(clients, ROUND, i -> () -> {
				String id = idOf(applicant.postJson("/api/requests", """
						{"agencyCode":"DEMO-XQ","informationSought":"基准测试：全流程%s","requestedForm":"ELECTRONIC",
						 "deliveryMethod":"ONLINE"}""".formatted(UUID.randomUUID()), 201));
				officer.postJson("/api/cases/" + id + "/acceptance", "", 200);
				officer.postJson("/api/cases/" + id + "/decision",
						"{\"outcome\":\"DISCLOSED\",\"replyText\":\"经审查，予以公开，见附件。\"}", 200);
				reviewer.postJson("/api/cases/" + id + "/review", "{\"approved\":true}", 200);
				head.postJson("/api/cases/" + id + "/sign-off", "{\"approved\":true}", 200);
			});
			// the reply is issued by the job executor after sign-off: count a case once
			// its process has ended
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (openJobs(jdbc) > 0 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
			gongkaiRates.add((closed(jdbc) - closedBefore) / seconds);
		}
		double st = median(stockRates);
		double gk = median(gongkaiRates);
		result("full lifecycles/s at %d clients: stock engine | Gongkai over HTTP | ratio".formatted(clients),
				"%.1f | %.1f | %.2f×".formatted(st, gk, gk / st));
	}

	private static void stockLifecycle(ProcessEngine stock) {
		String key = UUID.randomUUID().toString();
		String pi = stock.getRuntimeService()
			.startProcessInstanceByKey(DisclosureRequestProcess.KEY, key,
					Map.of(Vars.CASE_ID, UUID.randomUUID().toString()))
			.getId();
		complete(stock, pi, Elements.TASK_SCREEN, Map.of(Vars.CORRECTION_NEEDED, false));
		complete(stock, pi, Elements.TASK_DECIDE,
				Map.of(Vars.NEXT_STEP, DisclosureRequestProcess.NextStep.REVIEW.name()));
		complete(stock, pi, Elements.TASK_LEGAL_REVIEW, Map.of(Vars.REVIEW_APPROVED, true));
		complete(stock, pi, Elements.TASK_SIGN_OFF, Map.of(Vars.SIGNED_OFF, true));
		for (Job job : stock.getManagementService().createJobQuery().processInstanceId(pi).messages().list()) {
			stock.getManagementService().executeJob(job.getId());
		}
		if (stock.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
			throw new IllegalStateException("stock lifecycle did not end: " + pi);
		}
	}

	private static void complete(ProcessEngine engine, String pi, String taskKey, Map<String, Object> vars) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi)
			.taskDefinitionKey(taskKey)
			.singleResult();
		engine.getTaskService().complete(task.getId(), vars);
	}

	private static long closed(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from public.disclosure_case where closed_on is not null")
			.query(Long.class)
			.single();
	}

	private static long openJobs(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from public.act_ru_job where handler_type_ = 'async-continuation'")
			.query(Long.class)
			.single();
	}

	// ---- history bytes per closed case

	private void historyBytes(JdbcClient jdbc) {
		result("engine history bytes per closed case: Gongkai (audit-without-tasks) | stock (FULL)",
				"%.1f KiB | %.1f KiB".formatted(historyBytes(jdbc, "public") / 1024,
						historyBytes(jdbc, "stock") / 1024));
	}

	/**
	 * The bytes of the history rows of the process instances that ended (row sizes as
	 * stored, without indexes), per ended instance.
	 */
	private static double historyBytes(JdbcClient jdbc, String schema) {
		List<String> tables = jdbc.sql("""
				select c.table_name from information_schema.columns c
				where c.table_schema = ? and c.table_name like 'act_hi_%' and c.column_name = 'root_proc_inst_id_'""")
			.param(schema)
			.query(String.class)
			.list();
		String ended = "select id_ from %s.act_hi_procinst where end_time_ is not null".formatted(schema);
		long instances = jdbc.sql("select count(*) from (" + ended + ") e").query(Long.class).single();
		long bytes = 0;
		for (String table : tables) {
			bytes += jdbc
				.sql("select coalesce(sum(pg_column_size(t.*)), 0) from %s.%s t where root_proc_inst_id_ in (%s)"
					.formatted(schema, table, ended))
				.query(Long.class)
				.single();
		}
		return instances == 0 ? 0 : (double) bytes / instances;
	}

	// ---- the task list at many open cases

	private void taskList(GongkaiNode node, JdbcClient jdbc) throws Exception {
		Http applicant = Http.login(node.base, "applicant", "/my/requests/new");
		String template = idOf(applicant.postJson("/api/requests", """
				{"agencyCode":"DEMO-XQ","informationSought":"基准测试：待办模板","requestedForm":"ELECTRONIC",
				 "deliveryMethod":"ONLINE"}""", 201));
		long t0 = System.nanoTime();
		copyOpenCase(jdbc, UUID.fromString(template), OPEN_CASES);
		jdbc.sql("analyze").update();
		long open = jdbc.sql("select count(*) from public.disclosure_case where closed_on is null")
			.query(Long.class)
			.single();
		System.out.printf("%,d open cases (copies made in %.0f s)%n", open, (System.nanoTime() - t0) / 1e9);
		Http officer = Http.login(node.base, "officer", "/officer/tasks");
		Load api = run(1, Duration.ofSeconds(10), i -> () -> officer.get("/api/tasks", 200));
		Load page = run(1, Duration.ofSeconds(10), i -> () -> officer.get("/officer/tasks", 200));
		result("task list at %,d open cases, API (50 rows)".formatted(open),
				"p50 %.0f ms, p95 %.0f ms".formatted(api.percentile(50), api.percentile(95)));
		result("task list at %,d open cases, HTML page (50 rows)".formatted(open),
				"p50 %.0f ms, p95 %.0f ms".formatted(page.percentile(50), page.percentile(95)));
		assertThat(officer.get("/api/tasks", 200)).contains("基准测试");
	}

	// ---- similar requests at a million cases

	/**
	 * A million ({@code -Dload.similarCases}) closed cases of the demo agency with varied
	 * texts (a subject, a year, a kind of document, a number), then the officer's
	 * similar-request lookup of a case like many of them, as the case page runs it.
	 */
	private void similarRequests(GongkaiNode node, JdbcClient jdbc) throws Exception {
		long t0 = System.nanoTime();
		jdbc.sql(
				"""
						insert into public.disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
						    submitted_at, received_on, information_sought, requested_form, delivery_method, status, outcome,
						    decided_on, closed_on, created_at)
						select gen_random_uuid(), 'BENCHSIM-' || g, d.agency_id, d.applicant_id, d.applicant_category, d.channel,
						       d.submitted_at, date '2021-01-01' + (g % 365), (array['本县', '本市', '某镇', '开发区', '某街道'])[1 + g % 5]
						         || (2010 + g % 15) || '年' || (array['财政预算执行情况', '城区供水管网改造项目', '征地补偿安置方案',
						         '道路建设工程', '学校布局调整', '环境影响评价', '安置房分配', '行政处罚决定', '低保发放名单',
						         '河道整治工程'])[1 + (g / 5) % 10] || (array['的报告', '的批复', '的会议纪要', '的合同', '的审计报告',
						         '的名单'])[1 + (g / 50) % 6] || '（编号' || (g % 9973) || '）',
						       d.requested_form, d.delivery_method, 'CLOSED', 'DISCLOSED', date '2021-01-11' + (g % 365),
						       date '2021-01-11' + (g % 365), now()
						from generate_series(1, ?) g cross join (select * from public.disclosure_case where reference like 'DEMO-XQ-%' and origin = 'SYSTEM'
						     limit 1) d""")
			.param(SIMILAR_CASES)
			.update();
		jdbc.sql("analyze public.disclosure_case").update();
		System.out.printf("%,d cases for the similar-request search loaded in %.0f s%n", SIMILAR_CASES,
				(System.nanoTime() - t0) / 1e9);
		Http applicant = Http.login(node.base, "applicant", "/my/requests/new");
		String id = idOf(applicant.postJson("/api/requests", """
				{"agencyCode":"DEMO-XQ","informationSought":"本县2019年城区供水管网改造项目的批复","requestedForm":"ELECTRONIC",
				 "deliveryMethod":"ONLINE"}""", 201));
		Http officer = Http.login(node.base, "officer", "/officer/tasks");
		String found = officer.get("/api/cases/" + id + "/similar", 200);
		Load similar = run(1, Duration.ofSeconds(10), i -> () -> officer.get("/api/cases/" + id + "/similar", 200));
		result("similar-request search at %,d cases of the agency (API)".formatted(SIMILAR_CASES),
				"p50 %.0f ms, p95 %.0f ms (%d suggestions)".formatted(similar.percentile(50), similar.percentile(95),
						Pattern.compile("\"reference\"").matcher(found).results().count()));
	}

	/**
	 * {@code n} copies of one open case at screening: its case row and clock, and the
	 * engine's process-instance execution, task and candidate link, with fresh ids.
	 */
	private static void copyOpenCase(JdbcClient jdbc, UUID caseId, int n) {
		String pi = jdbc
			.sql("""
					select e.id_ from public.act_ru_execution e join public.disclosure_case d on d.reference = e.business_key_
					where d.id = ? and e.id_ = e.proc_inst_id_""")
			.param(caseId)
			.query(String.class)
			.single();
		jdbc.sql("drop table if exists copy_ids").update();
		// a plain (unlogged) table: each statement below may run on another pooled
		// connection
		jdbc.sql("create unlogged table copy_ids as select g, gen_random_uuid() as case_id, "
				+ "'BENCHCOPY-' || g as reference from generate_series(1, ?) g")
			.param(n)
			.update();
		jdbc.sql(
				"""
						insert into public.disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
						    submitted_at, received_on, information_sought, requested_form, delivery_method, status, created_at,
						    answer_due_on)
						select c.case_id, c.reference, d.agency_id, d.applicant_id, d.applicant_category, d.channel,
						       d.submitted_at, d.received_on - (c.g % 20), d.information_sought || ' #' || c.g, d.requested_form,
						       d.delivery_method, d.status, now(), d.answer_due_on - (c.g % 20)
						from copy_ids c cross join public.disclosure_case d where d.id = ?""")
			.param(caseId)
			.update();
		jdbc.sql("""
				insert into public.act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_,
				    proc_def_id_, act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
				    cached_ent_state_, sequence_counter_, proc_def_key_)
				select e.id_ || '-' || c.g, 1, e.id_ || '-' || c.g, e.id_ || '-' || c.g, c.reference, e.proc_def_id_,
				       e.act_id_, e.is_active_, e.is_concurrent_, e.is_scope_, e.is_event_scope_, e.suspension_state_,
				       e.cached_ent_state_, 1, e.proc_def_key_
				from copy_ids c cross join public.act_ru_execution e where e.id_ = ?""").param(pi).update();
		jdbc.sql("""
				insert into public.act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_,
				    task_def_key_, priority_, create_time_, suspension_state_)
				select t.id_ || '-' || c.g, 1, t.proc_inst_id_ || '-' || c.g, t.proc_inst_id_ || '-' || c.g,
				       t.proc_def_id_, t.name_, t.task_def_key_, t.priority_, t.create_time_, t.suspension_state_
				from copy_ids c cross join public.act_ru_task t where t.proc_inst_id_ = ?""").param(pi).update();
		jdbc.sql("""
				insert into public.act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
				select l.id_ || '-' || c.g, 1, l.group_id_, l.type_, l.task_id_ || '-' || c.g
				from copy_ids c cross join public.act_ru_identitylink l
				join public.act_ru_task t on t.id_ = l.task_id_ where t.proc_inst_id_ = ?""").param(pi).update();
		jdbc.sql("insert into public.deadline_clock_period (case_id, seq, kind, starts_on, ends_on, legal_basis) "
				+ "select c.case_id, p.seq, p.kind, p.starts_on, p.ends_on, p.legal_basis "
				+ "from copy_ids c cross join public.deadline_clock_period p where p.case_id = ?")
			.param(caseId)
			.update();
		jdbc.sql("drop table copy_ids").update();
	}

	// ---- the stock engine

	private static ProcessEngine stockEngine(JdbcClient jdbc, String url) {
		jdbc.sql("create schema if not exists stock").update();
		StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration();
		configuration.setJdbcUrl(url + "&currentSchema=stock");
		configuration.setJdbcDriver("org.postgresql.Driver");
		configuration.setJdbcUsername("postgres");
		configuration.setJdbcPassword("postgres");
		configuration.setJdbcMaxActiveConnections(64);
		// its own schema beside Gongkai's engine tables in public: the schema check and
		// the
		// statements name it, or the engine would take Gongkai's tables for its own
		configuration.setDatabaseSchema("stock");
		configuration.setDatabaseTablePrefix("stock.");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setProcessEngineName("stock");
		configuration.setBeans(stockBeans());
		ProcessEngine engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/disclosure-request.bpmn").deploy();
		return engine;
	}

	/**
	 * Stand-ins for Gongkai's expression beans: the timers get a date 20 days ahead, the
	 * delegates do nothing.
	 */
	private static Map<Object, Object> stockBeans() {
		StockDeadlines deadlines = new StockDeadlines();
		Map<Object, Object> beans = new LinkedHashMap<>();
		for (String name : List.of("replyDeadlines", "correctionDeadlines", "consultationDeadlines",
				"explanationDeadlines", "feeDeadlines", "caseRoutings")) {
			beans.put(name, deadlines);
		}
		JavaDelegate nothing = execution -> {
		};
		for (String name : List.of("closeCorrectionLapsed", "closeFeeUnpaid", "escalateOverdue", "issueReply",
				"notifyExtension", "recordConsultationSilence", "recordNoExplanation", "remindCaseOfficer",
				"remindDepartment", "remindScreening")) {
			beans.put(name, nothing);
		}
		return beans;
	}

	public static class StockDeadlines {

		private static Date later() {
			return Date.from(Instant.now().plus(Duration.ofDays(20)));
		}

		public Date reminderAt(String caseId) {
			return later();
		}

		public Date overdueAt(String caseId) {
			return later();
		}

		public Date lapsesAt(String caseId) {
			return later();
		}

		public Date noticeReminderAt(String caseId) {
			return later();
		}

		public Date departmentOverdueAt(String caseId, String department) {
			return later();
		}

		public List<String> departmentsOf(String caseId) {
			return List.of();
		}

	}

	// ---- load generation

	interface Call {

		void run() throws Exception;

	}

	interface ClientFactory {

		Call create(int client) throws Exception;

	}

	/** Latencies (ms) and the rate of calls completed. */
	record Load(List<Double> millis, double seconds) {

		double perSecond() {
			return millis.size() / seconds;
		}

		double percentile(int p) {
			List<Double> sorted = new ArrayList<>(millis);
			Collections.sort(sorted);
			return sorted.isEmpty() ? Double.NaN
					: sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
		}

		Load plus(Load other) {
			List<Double> all = new ArrayList<>(millis);
			all.addAll(other.millis);
			return new Load(all, seconds + other.seconds);
		}

	}

	/** {@code clients} threads calling as fast as they can for {@code duration}. */
	static Load run(int clients, Duration duration, ClientFactory factory) throws Exception {
		return paced(clients, 0, duration, factory);
	}

	/**
	 * {@code clients} threads for {@code duration}; with {@code rate} > 0 the calls start
	 * on a fixed schedule of {@code rate} per second in total (an open load), otherwise
	 * back to back.
	 */
	static Load paced(int clients, double rate, Duration duration, ClientFactory factory) throws Exception {
		List<Call> calls = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			calls.add(factory.create(i));
		}
		ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
		AtomicLong failures = new AtomicLong();
		CountDownLatch go = new CountDownLatch(1);
		long startNanos = System.nanoTime() + 50_000_000;
		long endNanos = startNanos + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				Call call = calls.get(i);
				int client = i;
				running.add(pool.submit(() -> {
					go.await();
					long n = 0;
					while (true) {
						long scheduled = rate > 0 ? startNanos + (long) ((n * clients + client) * 1e9 / rate)
								: System.nanoTime();
						n++;
						if (scheduled >= endNanos) {
							return null;
						}
						long wait = scheduled - System.nanoTime();
						if (wait > 0) {
							Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
						}
						long t = System.nanoTime();
						try {
							call.run();
							// latency from the scheduled start: a late start counts
							millis.add((System.nanoTime() - Math.min(t, Math.max(scheduled, startNanos))) / 1e6);
						}
						catch (Exception e) {
							if (failures.incrementAndGet() <= 3) {
								System.out.println("call failed: " + e);
							}
						}
					}
				}));
			}
			go.countDown();
			for (Future<?> f : running) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		if (failures.get() > 0) {
			System.out.println(failures.get() + " calls failed");
		}
		return new Load(new ArrayList<>(millis), seconds);
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static String idOf(String json) {
		Matcher m = ID.matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no id in " + json);
		}
		return m.group(1);
	}

	private static String machine() throws IOException, InterruptedException {
		Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
		String load = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		uptime.waitFor();
		return "%d cores, %s; uptime: %s".formatted(Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.name") + " " + System.getProperty("os.arch"), load);
	}

	// ---- an HTTP client with its own session

	static final class Http {

		private final HttpClient client;

		private final String base;

		private String csrf;

		private Http(String base) {
			this.base = base;
			this.client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		/**
		 * Logs in through the login form and reads the session's CSRF token from a page.
		 */
		static Http login(String base, String username, String pageWithForm) throws Exception {
			Http http = new Http(base);
			http.csrf = token(http.get("/login", 200));
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD
					+ "&_csrf=" + URLEncoder.encode(http.csrf, StandardCharsets.UTF_8);
			HttpResponse<String> login = http.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = login.headers().firstValue("Location").orElse("");
			if (login.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("login of " + username + " failed: " + login.statusCode());
			}
			http.csrf = token(http.get(pageWithForm, 200));
			return http;
		}

		private static String token(String page) {
			Matcher m = CSRF.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the page");
			}
			return m.group(1);
		}

		String get(String path, int expected) throws Exception {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			check(path, response, expected);
			return response.body();
		}

		String postJson(String path, String json, int expected) throws Exception {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrf)
				.POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
			check(path, response, expected);
			return response.body();
		}

		private static void check(String path, HttpResponse<String> response, int expected) {
			if (response.statusCode() != expected) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		}

	}

	// ---- Gongkai in its own JVM, as in production

	static final class GongkaiNode {

		private final Process process;

		private final String base;

		private final Duration startup;

		private final Path log;

		private final AtomicBoolean sampling = new AtomicBoolean();

		private final AtomicLong peakHeapBytes = new AtomicLong();

		private final Thread sampler;

		private GongkaiNode(Process process, String base, Duration startup, Path log) {
			this.process = process;
			this.base = base;
			this.startup = startup;
			this.log = log;
			this.sampler = new Thread(this::sampleHeap, "heap-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		static GongkaiNode start(String url) throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Path log = Files.createTempFile("gongkai-load-", ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", applicationClassPath(),
					GongkaiApplication.class.getName(), "--spring.profiles.active=local",
					"--spring.thymeleaf.cache=true",
					// every client signs in from this one address: the limit per address
					// against password guessing would answer 429 after 30 a minute
					"--gongkai.security.login.attempts-per-minute=1000000")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("DB_URL", url);
			builder.environment().put("DB_USER", "postgres");
			builder.environment().put("DB_PASSWORD", "postgres");
			builder.environment().put("PORT", Integer.toString(port));
			// one applicant account files every request of the benchmark: the
			// per-applicant
			// daily limit against abuse (30 a day) would turn intake into 429s after 30
			builder.environment().put("GONGKAI_FILINGS_PER_DAY", "100000000");
			builder.environment().put("GONGKAI_DATA_DIR", Files.createTempDirectory("gongkai-load-data").toString());
			Instant started = Instant.now();
			Process process = builder.start();
			String base = "http://localhost:" + port;
			HttpClient probe = HttpClient.newHttpClient();
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("Gongkai did not start, see " + log);
				}
				try {
					if (probe
						.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
								HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
						break;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				if (Duration.between(started, Instant.now()).toMinutes() > 5) {
					throw new IllegalStateException("Gongkai not up after 5 minutes, see " + log);
				}
				Thread.sleep(100);
			}
			Duration startup = Duration.between(started, Instant.now());
			// the demo accounts are created when the application is ready
			Thread.sleep(2000);
			return new GongkaiNode(process, base, startup, log);
		}

		/**
		 * The application's class path as the run command has it: the test class path
		 * that surefire gives the benchmark, without the test classes.
		 */
		private static String applicationClassPath() {
			String testClassPath = System.getProperty("surefire.test.class.path",
					System.getProperty("java.class.path"));
			return Stream.of(testClassPath.split(File.pathSeparator))
				.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
				.collect(Collectors.joining(File.pathSeparator));
		}

		String springStartup() throws IOException {
			return Files.readAllLines(log)
				.stream()
				.filter(l -> l.contains("Started GongkaiApplication"))
				.map(l -> l.replaceAll(".*Started GongkaiApplication in ", "").replaceAll("\\).*", ")"))
				.findFirst()
				.orElse("?");
		}

		/** Heap in use, from jstat, every half second while sampling is on. */
		private void sampleHeap() {
			String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
			try {
				Process p = new ProcessBuilder(jstat, "-gc", Long.toString(process.pid()), "500").start();
				try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
					List<String> header = null;
					String line;
					while ((line = lines.readLine()) != null) {
						List<String> cells = List.of(line.trim().split("\\s+"));
						if (header == null || cells.contains("EU")) {
							header = cells;
							continue;
						}
						if (!sampling.get()) {
							continue;
						}
						double used = 0;
						for (String column : List.of("S0U", "S1U", "EU", "OU")) {
							used += Double.parseDouble(cells.get(header.indexOf(column)));
						}
						long bytes = (long) (used * 1024);
						peakHeapBytes.accumulateAndGet(bytes, Math::max);
					}
				}
			}
			catch (IOException | RuntimeException e) {
				System.out.println("heap sampling stopped: " + e);
			}
		}

		long peakRssKib() throws IOException {
			return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))
				.stream()
				.filter(l -> l.startsWith("VmHWM:"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L);
		}

		void stop() throws InterruptedException {
			process.destroy();
			process.waitFor();
			System.out.println("Gongkai's log: " + log);
		}

	}

}
