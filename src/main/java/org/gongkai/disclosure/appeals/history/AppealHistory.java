package org.gongkai.disclosure.appeals.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of each appeal ({@code appeal_history}; the database refuses
 * UPDATE and DELETE).
 */
@Repository
public class AppealHistory {

	public static final String SYSTEM = "系统";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	AppealHistory(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	public void append(UUID appealId, UUID actorId, String actorName, String action, Map<String, String> detail) {
		try {
			jdbc.sql("""
					insert into appeal_history (appeal_id, occurred_at, actor_id, actor_name, action, detail)
					values (?, now(), ?, ?, ?, cast(? as jsonb))""")
				.params(appealId, actorId, actorName, action, json.writeValueAsString(detail))
				.update();
			events.publishEvent(new AppealHistoryWritten(appealId, action, detail));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public List<Entry> of(UUID appealId) {
		return jdbc
			.sql("select occurred_at, actor_name, action, detail::text from appeal_history where appeal_id = ? "
					+ "order by id")
			.param(appealId)
			.query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), readDetail(rs.getString(4))))
			.list();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> readDetail(String text) {
		try {
			return json.readValue(text, Map.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * One line of an appeal's history. Actions: REGISTERED, ANSWERED, REMINDED,
	 * ESCALATED, DECIDED, WITHDRAWN, REANSWER_ORDERED, REDATED (a calendar change moved
	 * the answer deadline), DOCUMENT_SENT and DOCUMENT_SERVED (送达 of its documents).
	 */
	public record Entry(Instant occurredAt, String actorName, String action, Map<String, String> detail) {
		public String occurredAtText() {
			return OffsetDateTime.ofInstant(occurredAt, ZoneOffset.ofHours(8))
				.toLocalDateTime()
				.toString()
				.replace('T', ' ');
		}
	}

}
