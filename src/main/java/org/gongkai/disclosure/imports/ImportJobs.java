package org.gongkai.disclosure.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code import_job} table. Every write commits on its own ({@code REQUIRES_NEW}):
 * progress must be visible to the page that polls it while the import's own transaction
 * is still open, and a rejection must be kept although the import's rows are rolled back.
 */
@Repository
class ImportJobs {

	private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<ImportJob.Mapping>> MAPPINGS = new TypeReference<>() {
	};

	/** The problems a job shows itself (page and API); the rest are in the download. */
	static final int SHOWN = 50;

	/**
	 * Problems kept for the download, at most: a reader reports at most one per cell, and
	 * a file has at most {@link LedgerFile#MAX_CELLS} cells.
	 */
	static final int MAX_STORED = 100_000;

	/**
	 * A problem's reason is cut to this length (issue 13: a cell of 5,000 characters).
	 */
	static final int MAX_PROBLEM_LENGTH = 300;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ObjectMapper json;

	ImportJobs(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void start(ImportJob job) {
		jdbc.sql("""
				insert into import_job (id, agency_id, kind, file_name, status, started_by, started_by_name, started_at)
				values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
			.params(job.id(), job.agencyId().value(), job.kind(), job.fileName(), job.startedBy(), job.startedByName(),
					OffsetDateTime.ofInstant(job.startedAt(), ZoneOffset.UTC))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void total(UUID id, int total) {
		jdbc.sql("update import_job set total_rows = ? where id = ?").params(total, id).update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void progress(UUID id, int processed) {
		jdbc.sql("update import_job set processed_rows = ? where id = ?").params(processed, id).update();
	}

	/**
	 * Finishes the job: its status, the number imported, every problem (the first
	 * {@value #SHOWN} on the job itself, all of them, up to {@value #MAX_STORED}, for the
	 * download) and the labels read as synonyms.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void finish(UUID id, ImportJob.Status status, int imported, List<RowProblem> problems,
			List<ImportJob.Mapping> mappings) {
		List<RowProblem> cut = problems.stream().limit(MAX_STORED).map(ImportJobs::cut).toList();
		jdbc.sql("""
				update import_job set status = ?, imported_rows = ?, errors = cast(? as jsonb), problem_count = ?,
				                      mappings = cast(? as jsonb), finished_at = now()
				where id = ?""")
			.params(status.name(), imported, write(cut.subList(0, Math.min(SHOWN, cut.size()))), problems.size(),
					write(mappings), id)
			.update();
		List<Object[]> rows = new ArrayList<>(cut.size());
		for (int seq = 0; seq < cut.size(); seq++) {
			RowProblem p = cut.get(seq);
			rows.add(new Object[] { id, seq, p.line(), p.column(), p.reason() });
		}
		template.batchUpdate(
				"insert into import_problem (job_id, seq, line, column_name, reason) values (?, ?, ?, ?, ?)", rows);
	}

	private static RowProblem cut(RowProblem p) {
		return p.reason().length() <= MAX_PROBLEM_LENGTH ? p
				: new RowProblem(p.line(), p.column(), p.reason().substring(0, MAX_PROBLEM_LENGTH) + "…");
	}

	/** Every stored problem of a job, in order, to {@code each}. */
	public void problems(UUID id, Consumer<RowProblem> each) {
		jdbc.sql("select line, column_name, reason from import_problem where job_id = ? order by seq")
			.param(id)
			.query((RowCallbackHandler) rs -> each
				.accept(new RowProblem(rs.getInt("line"), rs.getString("column_name"), rs.getString("reason"))));
	}

	public Optional<ImportJob> byId(UUID id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query(this::job).optional();
	}

	/** The agency's latest imports, newest first, in one query. */
	public List<ImportJob> recentOf(AgencyId agencyId, int limit) {
		return jdbc.sql("select * from import_job where agency_id = ? order by started_at desc limit ?")
			.params(agencyId.value(), limit)
			.query(this::job)
			.list();
	}

	private ImportJob job(ResultSet rs, int n) throws SQLException {
		return new ImportJob(rs.getObject("id", UUID.class), new AgencyId(rs.getObject("agency_id", UUID.class)),
				rs.getString("kind"), rs.getString("file_name"), ImportJob.Status.valueOf(rs.getString("status")),
				(Integer) rs.getObject("total_rows"), rs.getInt("processed_rows"), rs.getInt("imported_rows"),
				read(rs.getString("errors"), PROBLEMS), rs.getInt("problem_count"),
				read(rs.getString("mappings"), MAPPINGS), rs.getObject("started_by", UUID.class),
				rs.getString("started_by_name"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
					.map(OffsetDateTime::toInstant)
					.orElse(null));
	}

	private String write(List<?> values) {
		try {
			return json.writeValueAsString(values);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private <T> List<T> read(String text, TypeReference<List<T>> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
