package org.gongkai.disclosure.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit trail (等级保护 2.0 安全审计; 网络安全法 art 21). Every line is chained to
 * the one before by SHA-256, written under a transaction-scoped advisory lock so the
 * chain has no forks, and the table refuses updates and deletes. {@link #record} joins
 * the caller's transaction, so an action and its audit line commit together;
 * {@link #recordAlone} commits on its own, for refusals and failures whose surrounding
 * work rolls back.
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private static final long CHAIN_LOCK = 0x6761_6F6B_6169L;

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(String action, String objectType, Object objectId, AuditResult result, String detail) {
		append(currentActor(), action, objectType, objectId, result, detail);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(String action, String objectType, Object objectId, AuditResult result, String detail) {
		append(currentActor(), action, objectType, objectId, result, detail);
	}

	/** For events without a signed-in principal, such as a failed login. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAloneAs(UUID actorId, String actorName, String action, String objectType, Object objectId,
			AuditResult result, String detail) {
		append(new Actor(actorId, actorName), action, objectType, objectId, result, detail);
	}

	public List<AuditEvent> recent(int limit, String objectType, String objectId) {
		return jdbc.sql("""
				select * from audit_event
				where (cast(:type as varchar) is null or object_type = :type)
				  and (cast(:id as varchar) is null or object_id = :id)
				order by seq desc limit :limit""")
			.param("type", objectType)
			.param("id", objectId)
			.param("limit", Math.max(1, Math.min(limit, 10_000)))
			.query(AuditTrail::map)
			.list();
	}

	/**
	 * Walks the whole chain and reports the first line whose hash or link does not hold.
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		String previous = GENESIS;
		long checked = 0;
		long expectedSeq = 1;
		for (AuditEvent e : jdbc.sql("select * from audit_event order by seq").query(AuditTrail::map).list()) {
			if (e.seq() != expectedSeq || !e.prevHash().equals(previous) || !e.hash().equals(hash(e))) {
				return new ChainCheck(false, checked, e.seq());
			}
			previous = e.hash();
			checked++;
			expectedSeq++;
		}
		return new ChainCheck(true, checked, null);
	}

	private void append(Actor actor, String action, String objectType, Object objectId, AuditResult result,
			String detail) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		record Last(long seq, String hash) {
		}
		Last last = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
			.query((rs, n) -> new Last(rs.getLong("seq"), rs.getString("hash")))
			.optional()
			.orElse(new Last(0, GENESIS));
		AuditEvent unsigned = new AuditEvent(last.seq() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS), actor.id(),
				limit(actor.name(), 100), limit(action, 64), limit(objectType, 40),
				objectId == null ? null : limit(objectId.toString(), 80), result,
				limit(detail == null ? "" : detail, 4000), last.hash(), null);
		String hash = hash(unsigned);
		jdbc.sql("""
				insert into audit_event (seq, occurred_at, actor_id, actor_name, action, object_type, object_id,
				                         result, detail, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(unsigned.seq(), OffsetDateTime.ofInstant(unsigned.occurredAt(), ZoneOffset.UTC), unsigned.actorId(),
					unsigned.actorName(), unsigned.action(), unsigned.objectType(), unsigned.objectId(), result.name(),
					unsigned.detail(), unsigned.prevHash(), hash)
			.update();
	}

	static String hash(AuditEvent e) {
		String canonical = String.join("\u001f", Long.toString(e.seq()), e.occurredAt().toString(),
				Objects.toString(e.actorId(), ""), e.actorName(), e.action(), Objects.toString(e.objectType(), ""),
				Objects.toString(e.objectId(), ""), e.result().name(), e.detail(), e.prevHash());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e1) {
			throw new IllegalStateException(e1);
		}
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

	private static AuditEvent map(ResultSet rs, int n) throws SQLException {
		return new AuditEvent(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), AuditResult.valueOf(rs.getString("result")),
				rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private record Actor(UUID id, String name) {
	}

	/** The result of walking the chain: intact, or broken at {@code firstBrokenSeq}. */
	public record ChainCheck(boolean intact, long checkedEvents, Long firstBrokenSeq) {
	}

}
