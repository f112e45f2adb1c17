package org.gongkai.disclosure.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.disclosure.casework.history.HistoricCases.RowProblem;

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

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ImportJobs(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void start(ImportJob job) {
		jdbc.sql("""
				insert into import_job (id, agency_id, kind, file_name, status, started_by, started_by_name, started_at)
				values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
			.params(job.id(), job.agencyId(), job.kind(), job.fileName(), job.startedBy(), job.startedByName(),
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

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void finish(UUID id, ImportJob.Status status, int imported, List<RowProblem> problems) {
		jdbc.sql("""
				update import_job set status = ?, imported_rows = ?, errors = cast(? as jsonb), finished_at = now()
				where id = ?""").params(status.name(), imported, write(problems), id).update();
	}

	public Optional<ImportJob> byId(UUID id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query(this::job).optional();
	}

	/** The agency's latest imports, newest first, in one query. */
	public List<ImportJob> recentOf(UUID agencyId, int limit) {
		return jdbc.sql("select * from import_job where agency_id = ? order by started_at desc limit ?")
			.params(agencyId, limit)
			.query(this::job)
			.list();
	}

	private ImportJob job(ResultSet rs, int n) throws SQLException {
		return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("kind"), rs.getString("file_name"), ImportJob.Status.valueOf(rs.getString("status")),
				(Integer) rs.getObject("total_rows"), rs.getInt("processed_rows"), rs.getInt("imported_rows"),
				read(rs.getString("errors")), rs.getObject("started_by", UUID.class), rs.getString("started_by_name"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
					.map(OffsetDateTime::toInstant)
					.orElse(null));
	}

	private String write(List<RowProblem> problems) {
		try {
			return json.writeValueAsString(problems);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<RowProblem> read(String text) {
		try {
			return json.readValue(text, PROBLEMS);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
