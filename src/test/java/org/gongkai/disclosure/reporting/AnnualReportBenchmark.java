package org.gongkai.disclosure.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: the benchmark of issue #5 item 10, run by {@code mvn -B -Pbenchmark verify}
 * (never by the normal {@code mvn -B verify}: surefire only picks up {@code *Benchmark}
 * in that profile). It starts a real embedded PostgreSQL (zonky, as the tests do),
 * migrates it with our Flyway scripts, loads 1,000,000 cases received in 2021 for one
 * agency set-based ({@code insert … select … from generate_series}), plus that agency's
 * 2020 and 2022 cases and 1,500,000 cases of other agencies as noise, analyses, warms up,
 * and then times the compilation of the 2021 report through the code
 * {@code ReportCompiler.build} runs for it (the case, fee and appeal aggregations and the
 * rendering of every table; the registry, narrative and snapshot lookups — a few rows
 * each — are left out). It prints the median and maximum and the plan
 * ({@code EXPLAIN (ANALYZE, BUFFERS)}). It asserts the figures, never the time.
 */
class AnnualReportBenchmark {

	private static final int CASES_IN_YEAR = Integer.getInteger("benchmark.cases", 1_000_000);

	private static final int RUNS = Integer.getInteger("benchmark.runs", 11);

	@Test
	void compileThe2021ReportOfAnAgencyWithAMillionCases() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "256MB")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("synchronous_commit", "off")
			.start()) {
			DataSource ds = postgres.getPostgresDatabase();
			Flyway.configure()
				// as application.yml: V147 builds an index concurrently
				.configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
				.dataSource(ds)
				.locations("classpath:db/migration")
				.placeholders(Map.of("app_role", "gongkai_app"))
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(ds);
			UUID agency = UUID.randomUUID();
			long t0 = System.nanoTime();
			load(jdbc, agency);
			System.out.printf("%nLoaded %,d cases in %.1f s%n",
					jdbc.sql("select count(*) from disclosure_case").query(Long.class).single(),
					(System.nanoTime() - t0) / 1e9);
			jdbc.sql("vacuum analyze disclosure_case").update();

			ReportFormat format = ReportFormat.named(ReportCompiler.FORMAT_2021);
			List<CaseMeasure> measures = new ArrayList<>(format.caseMeasures());
			measures.addAll(CaseMeasure.sectionThree());
			CaseStatistics cases = new CaseStatistics(jdbc);
			FeeStatistics fees = new FeeStatistics(jdbc);
			AppealStatistics appeals = new AppealStatistics(jdbc);
			List<ReportData.ScopedAgency> scope = List.of(new ReportData.ScopedAgency(agency, "BENCH", "基准测试县"));
			Supplier<List<ReportTable>> compile = () -> {
				// what ReportCompiler.build runs for the 2021 format: one aggregation per
				// source, then every table
				ReportData data = new ReportData(2021, scope, cases.count(List.of(agency), 2021, measures),
						fees.count(List.of(agency), 2021), List.of());
				List<ReportTable> tables = new ArrayList<>(format.render(new Cells(data)));
				tables.add(SectionFour.from(appeals.countsFor(List.of(agency), 2021)));
				return tables;
			};
			List<ReportTable> warm = null;
			for (int i = 0; i < 3; i++) {
				warm = compile.get();
			}
			// the reference, interleaved with the measured runs so both see the same
			// load:
			// the aggregation as it was before the case counts were grouped by result,
			// one
			// FILTER per measure (26 for the 2021 format)
			String perMeasure = "select c.agency_id, c.applicant_category, "
					+ CaseMeasure.distinct(measures)
						.stream()
						.map(m -> "count(*) filter (where " + m.predicate() + ")")
						.collect(Collectors.joining(", "))
					+ " from case_report c where " + CaseStatistics.BASE + CaseStatistics.TOUCHES_YEAR
					+ " group by c.agency_id, c.applicant_category";
			Runnable reference = () -> jdbc.sql(perMeasure)
				.param("agencies", List.of(agency))
				.param("first", LocalDate.of(2021, 1, 1))
				.param("last", LocalDate.of(2021, 12, 31))
				.query((rs, n) -> rs.getLong(3))
				.list();
			reference.run();
			System.out.println("Load average before: " + loadAverage());
			List<Double> millis = new ArrayList<>();
			List<Double> referenceMillis = new ArrayList<>();
			List<ReportTable> tables = null;
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				tables = compile.get();
				millis.add((System.nanoTime() - start) / 1e6);
				start = System.nanoTime();
				reference.run();
				referenceMillis.add((System.nanoTime() - start) / 1e6);
			}
			System.out.println("Load average after: " + loadAverage());
			System.out.println("Runs (ms): " + millis.stream().map(m -> "%.0f".formatted(m)).toList());
			System.out.printf("2021 report, %,d cases received in the year: median %.0f ms, max %.0f ms (%d runs)%n",
					CASES_IN_YEAR, median(millis), Collections.max(millis), RUNS);
			System.out.printf("Reference, the case aggregation alone with one FILTER per measure: median %.0f ms, "
					+ "max %.0f ms%n", median(referenceMillis), Collections.max(referenceMillis));
			System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the case aggregation:");
			jdbc.sql("explain (analyze, buffers) " + cases.sql(measures))
				.param("agencies", List.of(agency))
				.param("first", LocalDate.of(2021, 1, 1))
				.param("last", LocalDate.of(2021, 12, 31))
				.query(String.class)
				.list()
				.forEach(System.out::println);
			ReportTable table = tables.stream()
				.filter(t -> SectionThree.SECTION.equals(t.section()))
				.findFirst()
				.orElseThrow();
			assertThat(tables).isEqualTo(warm);
			assertThat(table.consistent()).isTrue();
			long received = table.row("NEW").value(6);
			assertThat(received).isEqualTo(CASES_IN_YEAR);
			long expectedCarriedOver = jdbc.sql("""
					select count(*) from disclosure_case where agency_id = ? and received_on < date '2021-01-01'
					and (counted_closed_on is null or counted_closed_on >= date '2021-01-01')""")
				.param(agency)
				.query(Long.class)
				.single();
			assertThat(table.row("CARRIED_OVER").value(6)).isEqualTo(expectedCarriedOver).isPositive();
			System.out.printf("本年新收 %,d, 上年结转 %,d, 办结 %,d, 结转下年度 %,d%n", received, table.row("CARRIED_OVER").value(6),
					table.row("TOTAL").value(6), table.row("CARRIED_FORWARD").value(6));
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	/** The machine's load (this box is shared), from /proc/loadavg where there is one. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	/**
	 * Everything set-based: one statement per kind of case, generated in the database.
	 */
	private static void load(JdbcClient jdbc, UUID agency) {
		jdbc.sql("""
				insert into agency (id, code, name, office_name) values (?, 'BENCH', '基准测试县人民政府办公室', '基准测试县政务公开办')""")
			.param(agency)
			.update();
		jdbc.sql(
				"""
						insert into agency (id, code, name, office_name)
						select gen_random_uuid(), 'NOISE-' || g, '其他机关' || g, '其他机关' || g || '公开办' from generate_series(1, 30) g""")
			.update();
		// one applicant per column; the report reads the category snapshot on the case,
		// not the applicant
		jdbc.sql("""
				insert into applicant (id, category, name, id_document_type, id_document_number, phone, created_at)
				select gen_random_uuid(), c, '基准申请人' || c, 'OTHER', 'BENCH-' || c, '0', now()
				from unnest(array['NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION',
				     'PUBLIC_INTEREST_ORGANISATION', 'LEGAL_SERVICE_INSTITUTION', 'OTHER_ORGANISATION']) c""").update();
		// the agency's own cases: 2021 (the measured year), and 2020 and 2022 around it
		insertCases(jdbc, "(select id from agency where code = 'BENCH')", "BENCH", 2021, CASES_IN_YEAR);
		insertCases(jdbc, "(select id from agency where code = 'BENCH')", "BENCH", 2020, CASES_IN_YEAR / 4);
		insertCases(jdbc, "(select id from agency where code = 'BENCH')", "BENCH", 2022, CASES_IN_YEAR / 4);
		// noise: other agencies, the same years
		for (int year = 2020; year <= 2022; year++) {
			insertCases(jdbc, "(select id from agency where code = 'NOISE-' || (1 + mod(g, 30)))", "NOISE", year,
					CASES_IN_YEAR / 2);
		}
	}

	/**
	 * {@code n} cases received over {@code year}: columns 70 % 自然人, 15 % 商业企业, then the
	 * rest; channels mostly online; outcomes spread over all 21 leaves (予以公开 most often);
	 * answered within 0–45 days, so December's cases close in the next year, and 2 %
	 * still open.
	 */
	private static void insertCases(JdbcClient jdbc, String agencyExpression, String prefix, int year, int n) {
		jdbc.sql(
				"""
						insert into disclosure_case (id, reference, agency_id, applicant_id, applicant_category, channel,
						    submitted_at, received_on, information_sought, requested_form, delivery_method, status, outcome,
						    closed_on, created_at)
						select gen_random_uuid(), 'PREFIX-' || :year || '-' || g, AGENCY,
						       (select id from applicant a where a.category = x.category and a.name like '基准申请人%'),
						       x.category, x.channel, x.received_on::timestamp at time zone 'Asia/Shanghai', x.received_on,
						       '基准测试申请', 'ELECTRONIC', 'ONLINE',
						       case when x.open then 'IN_PROGRESS' else 'ANSWERED' end,
						       case when x.open then null else x.outcome end,
						       case when x.open then null else x.received_on + x.days end, now()
						from generate_series(1, :n) g
						cross join lateral (
						    select make_date(:year, 1, 1) + mod(g, make_date(:year + 1, 1, 1) - make_date(:year, 1, 1)) as received_on,
						           (hashint4(g) & 1023) as h1, (hashint4(g + 7) & 1023) as h2, (hashint4(g * 31) & 1023) as h3,
						           (hashint4(g * 17) & 63) as days
						) r
						cross join lateral (
						    select r.received_on,
						           case when r.h1 < 717 then 'NATURAL_PERSON' when r.h1 < 870 then 'COMMERCIAL_ENTERPRISE'
						                when r.h1 < 910 then 'RESEARCH_INSTITUTION' when r.h1 < 950 then 'PUBLIC_INTEREST_ORGANISATION'
						                when r.h1 < 990 then 'LEGAL_SERVICE_INSTITUTION' else 'OTHER_ORGANISATION' end as category,
						           (array['ONLINE','ONLINE','ONLINE','ONLINE','IN_PERSON','REGISTERED_MAIL','ORDINARY_LETTER','FAX','EMAIL','ORAL'])[1 + mod(r.h2, 10)] as channel,
						           case when r.h3 < 400 then 'DISCLOSED' when r.h3 < 520 then 'PARTLY_DISCLOSED'
						                else (array['WITHHELD_STATE_SECRET','WITHHELD_PROHIBITED_BY_LAW','WITHHELD_SECURITY_AND_STABILITY',
						                  'WITHHELD_THIRD_PARTY_RIGHTS','WITHHELD_INTERNAL_AFFAIRS','WITHHELD_PROCESS_INFORMATION',
						                  'WITHHELD_ENFORCEMENT_FILE','WITHHELD_ADMINISTRATIVE_QUERY','UNAVAILABLE_NOT_HELD',
						                  'UNAVAILABLE_NEEDS_CREATION','UNAVAILABLE_STILL_UNCLEAR','NOT_PROCESSED_PETITION',
						                  'NOT_PROCESSED_REPEATED','NOT_PROCESSED_PUBLICATIONS','NOT_PROCESSED_EXCESSIVE',
						                  'NOT_PROCESSED_CONFIRM_OR_REISSUE','OTHER_CORRECTION_LAPSED','OTHER_FEE_UNPAID',
						                  'OTHER_OTHER'])[1 + mod(r.h3, 19)] end as outcome,
						           (r.h2 < 20) as open,
						           least(r.days, 45) as days
						) x"""
					.replace("PREFIX", prefix)
					.replace("AGENCY", agencyExpression))
			.param("year", year)
			.param("n", n)
			.update();
	}

}
