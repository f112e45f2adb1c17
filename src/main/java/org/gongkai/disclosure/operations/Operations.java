package org.gongkai.disclosure.operations;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.casework.CaseStatus;
import org.gongkai.disclosure.deadlines.CalendarAdministration;
import org.gongkai.disclosure.deadlines.CalendarAdministration.LoadedYear;
import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The operations overview: health of each part, versions, the job executor, failed jobs
 * and incidents with their case, instances by step, cases by status, and whether next
 * year's working-day calendar is loaded (without it no deadline can be computed into the
 * new year). Retries are audited.
 */
@Service
public class Operations {

	/**
	 * The health of the whole application, named by the page in its language (the
	 * components keep their actuator names).
	 */
	private static final String OVERALL = "overall";

	/** The database schema's Flyway version, named by the page in its language. */
	private static final String SCHEMA = "schema";

	/** Gongkai's version when it runs unpackaged (from the IDE or Maven). */
	private static final String NOT_PACKAGED = "—";

	private final EngineOperations engine;

	private final ObjectProvider<HealthEndpoint> health;

	private final ObjectProvider<BuildProperties> build;

	private final CalendarAdministration calendars;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Operations(EngineOperations engine, ObjectProvider<HealthEndpoint> health, ObjectProvider<BuildProperties> build,
			CalendarAdministration calendars, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.engine = engine;
		this.health = health;
		this.build = build;
		this.calendars = calendars;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Overview overview() {
		int nextYear = ReplyDeadlines.today(clock).getYear() + 1;
		Optional<LoadedYear> next = calendars.years().stream().filter(y -> y.year() == nextYear).findFirst();
		return new Overview(healthByPart(), versions(), engine.jobExecutorActive(), engine.failedJobs(),
				engine.incidents(), engine.instancesByStep(), casesByStatus(),
				new NextYear(nextYear, next.orElse(null)));
	}

	/** Gives a failed job another attempt (audited with its case). */
	public void retry(String jobId) {
		String reference = engine.referenceOfJob(jobId);
		engine.retry(jobId);
		audit.record(AuditAction.JOB_RETRY, "job", jobId, AuditResult.SUCCESS,
				"重试失败的作业" + (reference == null ? "" : "（" + reference + "）"));
	}

	private Map<String, String> healthByPart() {
		HealthEndpoint endpoint = health.getIfAvailable();
		if (endpoint == null) {
			return Map.of();
		}
		HealthComponent overall = endpoint.health();
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put(OVERALL, overall.getStatus().getCode());
		if (overall instanceof CompositeHealth composite) {
			composite.getComponents().forEach((name, part) -> parts.put(name, part.getStatus().getCode()));
		}
		return parts;
	}

	private Map<String, String> versions() {
		Map<String, String> versions = new LinkedHashMap<>();
		BuildProperties properties = build.getIfAvailable();
		String own = properties != null ? properties.getVersion()
				: Operations.class.getPackage().getImplementationVersion();
		versions.put("Gongkai", own == null ? NOT_PACKAGED : own);
		versions.put("Camunda", ProductPropertiesUtil.getProductVersion());
		versions.put("Spring Boot", SpringBootVersion.getVersion());
		versions.put("Java", Runtime.version().toString());
		versions.put("PostgreSQL", jdbc.sql("select current_setting('server_version')").query(String.class).single());
		versions.put(SCHEMA, jdbc.sql("""
				select version from flyway_schema_history where success and version is not null
				order by installed_rank desc limit 1""").query(String.class).optional().orElse("—"));
		return versions;
	}

	private Map<CaseStatus, Long> casesByStatus() {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		jdbc.sql("select status, count(*) as n from disclosure_case group by status")
			.query((rs, n) -> Map.entry(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Everything the operations page shows. */
	public record Overview(Map<String, String> health, Map<String, String> versions, boolean jobExecutorActive,
			List<EngineOperations.FailedJob> failedJobs, List<EngineOperations.OpenIncident> incidents,
			List<EngineOperations.StepCount> steps, Map<CaseStatus, Long> casesByStatus, NextYear nextYear) {
	}

	/** Next year's calendar: loaded (when, from where) or not yet. */
	public record NextYear(int year, LoadedYear loaded) {

		public boolean isLoaded() {
			return loaded != null;
		}
	}

}
