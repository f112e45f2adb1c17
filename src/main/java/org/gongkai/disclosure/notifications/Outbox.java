package org.gongkai.disclosure.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.notifications.OutboxMessage.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox ({@code notification_message}). {@link #write} joins the
 * caller's transaction, so a message exists exactly when the event it tells of was
 * committed; the worker's steps ({@link #claim}, {@link #sent}, {@link #failed}) are
 * single statements, each committed on its own.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes {@code notice} for {@code channel} unless a message with the same
	 * idempotency key exists.
	 * @return whether a row was written
	 */
	boolean write(Notice notice, NotificationChannel channel, Instant now) {
		boolean inSystem = channel == NotificationChannel.IN_SYSTEM;
		return jdbc.sql("""
				insert into notification_message (idempotency_key, event_key, kind, recipient_kind, recipient_id,
				    channel, case_id, subject, body, status, next_attempt_at, created_at, sent_at)
				values (:key, :event, :kind, :recipientKind, :recipientId, :channel, :caseId, :subject, :body,
				    :status, :now, :now, :sentAt)
				on conflict (idempotency_key) do nothing""")
			.param("key", notice.idempotencyKey(channel))
			.param("event", notice.eventKey())
			.param("kind", notice.kind().name())
			.param("recipientKind", notice.recipient().kind().name())
			.param("recipientId", notice.recipient().id())
			.param("channel", channel.name())
			.param("caseId", notice.caseId())
			.param("subject", notice.subject())
			.param("body", notice.body())
			// in the system, writing the message is delivering it
			.param("status", (inSystem ? Status.SENT : Status.PENDING).name())
			.param("now", utc(now))
			.param("sentAt", inSystem ? utc(now) : null)
			.update() == 1;
	}

	/**
	 * Takes up to {@code batch} messages that are due, oldest first, and marks them
	 * SENDING with one more attempt, in one statement. Rows another worker holds are
	 * skipped ({@code FOR UPDATE SKIP LOCKED}), so workers on several nodes never take
	 * the same message.
	 */
	List<OutboxMessage> claim(int batch, Instant now) {
		return jdbc.sql("""
				update notification_message set status = 'SENDING', attempts = attempts + 1, sending_since = :now
				where id in (select id from notification_message
				             where status = 'PENDING' and next_attempt_at <= :now
				             order by next_attempt_at, id limit :batch
				             for update skip locked)
				returning *""")
			.param("now", utc(now))
			.param("batch", batch)
			.query(Outbox::map)
			.list()
			.stream()
			// RETURNING gives no order: send oldest first
			.sorted(Comparator.comparingLong(OutboxMessage::id))
			.toList();
	}

	/** Records a successful send of a claimed message. */
	void sent(long id, Instant now) {
		jdbc.sql("""
				update notification_message set status = 'SENT', sent_at = :now, sending_since = null, last_error = null
				where id = :id and status = 'SENDING'""").param("id", id).param("now", utc(now)).update();
	}

	/**
	 * Records a failed attempt: due again at {@code retryAt}, or FAILED for good when
	 * {@code retryAt} is null.
	 */
	void failed(long id, String error, Instant retryAt) {
		jdbc.sql("""
				update notification_message set status = :status, next_attempt_at = coalesce(:retryAt, next_attempt_at),
				    sending_since = null, last_error = :error
				where id = :id and status = 'SENDING'""")
			.param("id", id)
			.param("status", (retryAt == null ? Status.FAILED : Status.PENDING).name())
			.param("retryAt", retryAt == null ? null : utc(retryAt))
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.update();
	}

	/**
	 * An administrator's decision on a stale message, after checking that it never went
	 * out: due again now, with its attempts kept.
	 * @return whether the message was SENDING (and is now PENDING)
	 */
	boolean release(long id, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				update notification_message set status = 'PENDING', sending_since = null, next_attempt_at = :now,
				    last_error = 'released by an administrator'
				where id = :id and status = 'SENDING' and sending_since < :before""")
			.param("id", id)
			.param("now", utc(now))
			.param("before", utc(staleBefore))
			.update() == 1;
	}

	/**
	 * Messages left SENDING since before {@code before}: the worker stopped between the
	 * send and its record. They may or may not have gone out; they are never sent again
	 * automatically (see docs/notifications.md).
	 */
	public List<OutboxMessage> stale(Instant before) {
		return jdbc.sql("select * from notification_message where status = 'SENDING' and sending_since < ? order by id")
			.param(utc(before))
			.query(Outbox::map)
			.list();
	}

	/** Messages given up after the last attempt. */
	public List<OutboxMessage> failed() {
		return jdbc.sql("select * from notification_message where status = 'FAILED' order by id desc limit 200")
			.query(Outbox::map)
			.list();
	}

	/** The recipient's in-system notifications, newest first. */
	public List<OutboxMessage> inbox(Recipient recipient, int limit) {
		return jdbc.sql("""
				select * from notification_message
				where recipient_kind = ? and recipient_id = ? and channel = 'IN_SYSTEM'
				order by created_at desc, id desc limit ?""")
			.params(recipient.kind().name(), recipient.id(), limit)
			.query(Outbox::map)
			.list();
	}

	/** Every message of an event, on every channel (for tests and support). */
	public List<OutboxMessage> ofEvent(String eventKey) {
		return jdbc.sql("select * from notification_message where event_key = ? order by id")
			.param(eventKey)
			.query(Outbox::map)
			.list();
	}

	/** Every message about a case, oldest first. */
	public List<OutboxMessage> ofCase(UUID caseId) {
		return jdbc.sql("select * from notification_message where case_id = ? order by id")
			.param(caseId)
			.query(Outbox::map)
			.list();
	}

	/** Marks the recipient's in-system notifications read up to now. */
	void markRead(Recipient recipient, Instant now) {
		jdbc.sql("""
				update notification_message set read_at = ?
				where recipient_kind = ? and recipient_id = ? and channel = 'IN_SYSTEM' and read_at is null""")
			.params(utc(now), recipient.kind().name(), recipient.id())
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OutboxMessage map(ResultSet rs, int n) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("idempotency_key"),
				NotificationKind.valueOf(rs.getString("kind")),
				new Recipient(Recipient.Kind.valueOf(rs.getString("recipient_kind")),
						rs.getObject("recipient_id", UUID.class)),
				NotificationChannel.valueOf(rs.getString("channel")), rs.getObject("case_id", UUID.class),
				rs.getString("subject"), rs.getString("body"), Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "sending_since"),
				rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "read_at"));
	}

}
