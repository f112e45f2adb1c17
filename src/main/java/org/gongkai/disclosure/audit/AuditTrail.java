package org.gongkai.disclosure.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tamper-evident audit trail (等级保护 2.0 安全审计; 网络安全法 art 21). Writing a line is one
 * INSERT: no lock, nothing read back, no second connection. {@link AuditChain} links the
 * committed lines afterwards with a keyed chain and anchors it outside the database; the
 * application's database role may only read and append (V81).
 * <p>
 * {@link #record} joins the caller's transaction, so an action and its audit line commit
 * together. {@link #recordAlone} is for refusals and reads: the line is kept whatever
 * becomes of the surrounding work, and it never opens a second connection (a nested
 * transaction per audit line exhausted the pool under load, issue 14). Inside a
 * read-write transaction it is written in it, and written again on the same connection
 * after a rollback; inside a read-only transaction it is written on that connection right
 * after it ends; outside a transaction it is a statement of its own.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private static final String INSERT = """
			insert into audit_event (occurred_at, actor_id, actor_name, action, object_type, object_id, result, detail)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	/** The most lines one page of the list shows. */
	public static final int MAX_PAGE = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final AuditChain chain;

	AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditChain chain) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.chain = chain;
	}

	@Transactional
	public void record(AuditAction action, String objectType, Object objectId, AuditResult result, String detail) {
		jdbcTemplate.update(INSERT, line(currentActor(), action, objectType, objectId, result, detail)::bind);
	}

	/** Records a line that is kept even if the surrounding work rolls back. */
	public void recordAlone(AuditAction action, String objectType, Object objectId, AuditResult result, String detail) {
		keep(line(currentActor(), action, objectType, objectId, result, detail));
	}

	/** For events without a signed-in principal, such as a failed login. */
	public void recordAloneAs(UUID actorId, String actorName, AuditAction action, String objectType, Object objectId,
			AuditResult result, String detail) {
		keep(line(new Actor(actorId, actorName), action, objectType, objectId, result, detail));
	}

	/** The most recent lines, newest first, with their links once chained. */
	public List<AuditEvent> recent(int limit, String objectType, String objectId) {
		return page(null, limit, objectType, objectId);
	}

	/**
	 * One page of lines, newest first: those numbered below {@code before} (all when
	 * null), at most {@value #MAX_PAGE}.
	 */
	public List<AuditEvent> page(Long before, int size, String objectType, String objectId) {
		return jdbc.sql("""
				select e.*, l.position, l.mac from audit_event e left join audit_link l on l.event_seq = e.seq
				where (cast(:type as varchar) is null or e.object_type = :type)
				  and (cast(:id as varchar) is null or e.object_id = :id)
				  and (cast(:before as bigint) is null or e.seq < :before)
				order by e.seq desc limit :limit""")
			.param("type", objectType)
			.param("id", objectId)
			.param("before", before)
			.param("limit", Math.max(1, Math.min(size, MAX_PAGE)))
			.query(AuditTrail::map)
			.list();
	}

	/** The lines for an export, newest first, at most {@code limit} (≤ 10,000). */
	public List<AuditEvent> export(int limit) {
		return jdbc.sql("""
				select e.*, l.position, l.mac from audit_event e left join audit_link l on l.event_seq = e.seq
				order by e.seq desc limit ?""")
			.param(Math.max(1, Math.min(limit, 10_000)))
			.query(AuditTrail::map)
			.list();
	}

	/**
	 * Walks the whole chain and the checkpoints, and reports the first link that does not
	 * hold and how many lines wait to be linked.
	 */
	public ChainCheck verify() {
		return chain.verify();
	}

	private void keep(Line line) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			jdbcTemplate.update(INSERT, line::bind);
			return;
		}
		boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (!readOnly) {
			jdbcTemplate.update(INSERT, line::bind);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (readOnly || status != STATUS_COMMITTED) {
					writeAfterTheWork(line);
				}
			}
		});
	}

	/**
	 * Writes a line on the connection of a transaction that has just ended (still bound
	 * to this thread until Spring releases it), as a transaction of its own.
	 */
	private void writeAfterTheWork(Line line) {
		try {
			jdbcTemplate.execute((ConnectionCallback<Void>) con -> {
				if (con.getAutoCommit()) {
					try (PreparedStatement insert = con.prepareStatement(INSERT)) {
						line.bind(insert);
						insert.executeUpdate();
					}
					return null;
				}
				if (con.isReadOnly()) {
					con.setReadOnly(false); // reset by the transaction manager on release
				}
				try (PreparedStatement insert = con.prepareStatement(INSERT)) {
					line.bind(insert);
					insert.executeUpdate();
					con.commit();
				}
				catch (SQLException e) {
					con.rollback();
					throw e;
				}
				return null;
			});
		}
		catch (RuntimeException e) {
			// the work has ended and cannot be undone: the log keeps what the table could
			// not
			log.error("Audit line could not be written: {} {} {}/{} {} {}", line.actor().name(), line.action(),
					line.objectType(), line.objectId(), line.result(), line.detail(), e);
		}
	}

	private static Line line(Actor actor, AuditAction action, String objectType, Object objectId, AuditResult result,
			String detail) {
		return new Line(Instant.now().truncatedTo(ChronoUnit.MICROS), new Actor(actor.id(), limit(actor.name(), 100)),
				action.name(), limit(objectType, 40), objectId == null ? null : limit(objectId.toString(), 80), result,
				limit(detail == null ? "" : detail, 4000));
	}

	private static Actor currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AuditActor actor) {
			return new Actor(actor.id(), actor.displayName());
		}
		if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
			return new Actor(null, auth.getName());
		}
		return new Actor(null, "系统");
	}

	private static String limit(String value, int max) {
		if (value == null) {
			return null;
		}
		return value.length() <= max ? value : value.substring(0, max);
	}

	static AuditEvent map(ResultSet rs, int n) throws SQLException {
		return new AuditEvent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), AuditResult.valueOf(rs.getString("result")),
				rs.getString("detail"), rs.getObject("position", Long.class), rs.getString("mac"));
	}

	private record Actor(UUID id, String name) {
	}

	/** A line before it has its number. */
	private record Line(Instant occurredAt, Actor actor, String action, String objectType, String objectId,
			AuditResult result, String detail) {

		void bind(PreparedStatement insert) throws SQLException {
			insert.setObject(1, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
			insert.setObject(2, actor.id());
			insert.setString(3, actor.name());
			insert.setString(4, action);
			insert.setString(5, objectType);
			insert.setString(6, objectId);
			insert.setString(7, result.name());
			insert.setString(8, detail);
		}

	}

	/**
	 * The result of walking the chain: intact, or broken at {@code firstBrokenSeq} (null
	 * when the break is not one line, such as a deleted tail) for the reason given in
	 * {@code problem}; {@code waitingToBeChained} lines are committed but not linked yet,
	 * {@code checkpoints} anchors were compared.
	 */
	public record ChainCheck(boolean intact, long checkedEvents, Long firstBrokenSeq, String problem,
			long waitingToBeChained, int checkpoints) {
	}

}
