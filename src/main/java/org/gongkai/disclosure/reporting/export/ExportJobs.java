package org.gongkai.disclosure.reporting.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_export} table (V140). A job is claimed by one update that moves it to
 * RUNNING and counts the attempt; every later write of the worker names that attempt and
 * changes nothing once another attempt has replaced it, so a worker that was given up for
 * dead cannot overwrite or finish the job a second time. Every statement commits on its
 * own unless the caller holds a transaction (the finish and its audit line do).
 */
@Repository
class ExportJobs {

	private static final String JOB_COLUMNS = """
			id, status, agency_code, year, format, scope, type, charts, steps_done, steps_total, step, file_name,
			failure, attempts, requested_by""";

	private final JdbcClient jdbc;

	ExportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job taken by a worker: the attempt it holds and whose rights it runs with. */
	record Claimed(ExportJob job, int attempt, UUID requestedBy) {

		UUID id() {
			return job.id();
		}

	}

	/**
	 * The job {@code key} names for {@code requestedBy}: queued now, or the one the key
	 * already named.
	 * @return the job and whether it was queued by this call
	 */
	Started queue(UUID requestedBy, String key, ExportRequest request) {
		boolean created = jdbc.sql("""
				insert into report_export (id, requested_by, idempotency_key, agency_code, year, format, scope, type,
				                           charts, status, steps_total, requested_at)
				values (:id, :by, :key, :agency, :year, :format, :scope, :type, :charts, 'QUEUED', :steps, now())
				on conflict (requested_by, idempotency_key) do nothing""")
			.param("id", UUID.randomUUID())
			.param("by", requestedBy)
			.param("key", key)
			.param("agency", request.agencyCode())
			.param("year", request.year())
			.param("format", request.format())
			.param("scope", request.scope())
			.param("type", request.type().name())
			.param("charts", request.charts())
			.param("steps", ReportExports.Step.of(request.charts()).size())
			.update() == 1;
		ExportJob job = jdbc
			.sql("select " + JOB_COLUMNS + " from report_export where requested_by = ? and idempotency_key = ?")
			.params(requestedBy, key)
			.query(ExportJobs::job)
			.single();
		return new Started(job, created);
	}

	record Started(ExportJob job, boolean created) {
	}

	Optional<ExportJob> byId(UUID id, UUID requestedBy) {
		return jdbc.sql("select " + JOB_COLUMNS + " from report_export where id = ? and requested_by = ?")
			.params(id, requestedBy)
			.query(ExportJobs::job)
			.optional();
	}

	/** The file of a ready job of {@code requestedBy}. */
	Optional<ReportExports.Export> file(UUID id, UUID requestedBy) {
		return jdbc.sql("""
				select file_name, media_type, content from report_export
				where id = ? and requested_by = ? and status = 'READY'""")
			.params(id, requestedBy)
			.query((rs, n) -> new ReportExports.Export(rs.getString("file_name"), rs.getString("media_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** Takes a queued job, unless a worker has it already. */
	Optional<Claimed> claim(UUID id) {
		return jdbc.sql("""
				update report_export set status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now()
				where id = ? and status = 'QUEUED'
				returning\s""" + JOB_COLUMNS).param(id).query(ExportJobs::claimed).optional();
	}

	/**
	 * Takes up to {@code batch} jobs no worker is making: queued for longer than
	 * {@code queuedFor} (their node stopped before it began, or its workers were busy),
	 * or running without a sign of life for {@code silentFor} (their node stopped) and
	 * tried fewer than {@code maxAttempts} times. Rows another node is taking are
	 * skipped.
	 */
	List<Claimed> claimForgotten(Duration queuedFor, Duration silentFor, int maxAttempts, int batch) {
		return jdbc.sql("""
				update report_export set status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now()
				where id in (select id from report_export
				             where status = 'QUEUED' and requested_at < now() - cast(:queued as interval)
				                or status = 'RUNNING' and heartbeat_at < now() - cast(:silent as interval)
				                   and attempts < :max
				             order by requested_at limit :batch
				             for update skip locked)
				returning\s""" + JOB_COLUMNS)
			.param("queued", queuedFor.toSeconds() + " seconds")
			.param("silent", silentFor.toSeconds() + " seconds")
			.param("max", maxAttempts)
			.param("batch", batch)
			.query(ExportJobs::claimed)
			.list();
	}

	/**
	 * Fails the jobs that went silent on their last attempt: said as failed rather than
	 * left running for ever.
	 * @return how many
	 */
	int failAbandoned(Duration silentFor, int maxAttempts) {
		return jdbc.sql("""
				update report_export set status = 'FAILED', step = null, heartbeat_at = null, finished_at = now()
				where status = 'RUNNING' and heartbeat_at < now() - cast(:silent as interval) and attempts >= :max""")
			.param("silent", silentFor.toSeconds() + " seconds")
			.param("max", maxAttempts)
			.update();
	}

	/**
	 * The worker holding {@code attempt} starts {@code step} after {@code done} steps.
	 */
	boolean step(Claimed job, int done, ReportExports.Step step) {
		return jdbc.sql("""
				update report_export set steps_done = ?, step = ?, heartbeat_at = now()
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(done, step.name(), job.id(), job.attempt())
			.update() == 1;
	}

	/**
	 * Keeps the file of the attempt {@code job} holds.
	 * @return false when that attempt was given up and another replaced it
	 */
	boolean finish(Claimed job, ReportExports.Export export) {
		return jdbc.sql("""
				update report_export set status = 'READY', steps_done = steps_total, step = null, heartbeat_at = null,
				    file_name = ?, media_type = ?, content = ?, finished_at = now()
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(export.fileName(), export.mediaType(), export.content(), job.id(), job.attempt())
			.update() == 1;
	}

	/** Fails the attempt {@code job} holds; {@code failure} is shown to the requester. */
	void fail(Claimed job, String failure) {
		jdbc.sql("""
				update report_export set status = 'FAILED', step = null, heartbeat_at = null, failure = ?,
				    finished_at = now()
				where id = ? and attempts = ? and status = 'RUNNING'""")
			.params(failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000), job.id(),
					job.attempt())
			.update();
	}

	/** Deletes the jobs finished more than {@code keptFor} ago, with their files. */
	int purge(Duration keptFor) {
		return jdbc.sql("""
				delete from report_export
				where status in ('READY', 'FAILED') and finished_at < now() - cast(:kept as interval)""")
			.param("kept", keptFor.toSeconds() + " seconds")
			.update();
	}

	private static ExportJob job(ResultSet rs, int n) throws SQLException {
		String step = rs.getString("step");
		return new ExportJob(rs.getObject("id", UUID.class), ExportJob.Status.valueOf(rs.getString("status")),
				new ExportRequest(rs.getString("agency_code"), rs.getInt("year"), rs.getString("format"),
						rs.getString("scope"), ReportExports.Type.valueOf(rs.getString("type")),
						rs.getBoolean("charts")),
				rs.getInt("steps_done"), rs.getInt("steps_total"),
				step == null ? null : ReportExports.Step.valueOf(step), rs.getString("file_name"),
				rs.getString("failure"));
	}

	private static Claimed claimed(ResultSet rs, int n) throws SQLException {
		return new Claimed(job(rs, n), rs.getInt("attempts"), rs.getObject("requested_by", UUID.class));
	}

}
