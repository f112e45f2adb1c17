package org.gongkai.disclosure.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongkai.disclosure.audit.AuditAction;
import org.gongkai.disclosure.audit.AuditResult;
import org.gongkai.disclosure.audit.AuditTrail;
import org.gongkai.disclosure.notifications.Deliveries.UndeliverableException;
import org.gongkai.disclosure.shared.StateRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox. Each run claims the due messages (marking them SENDING, committed at
 * once), sends each, and records the result in a statement of its own: SENT; or, after a
 * failure, PENDING again after an exponential back-off
 * ({@link NotificationSettings#retryAfter}), FAILED after the last attempt or at once
 * when retrying cannot help (no address).
 *
 * <p>
 * At most once: a message whose send succeeded but whose record did not (the node died,
 * the database went away) stays SENDING and is never sent again by the worker — a second
 * e-mail to a citizen is worse than one an administrator has to check — and
 * {@link #reportStale} lists it. A send that fails with an error is retried, so an SMTP
 * server that took the message and then failed to say so may see it twice; the
 * {@value Deliveries#KEY_HEADER} header lets a mail system drop that duplicate.
 */
@Component
public class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final Outbox outbox;

	private final Deliveries deliveries;

	private final NotificationSettings settings;

	private final Clock clock;

	private final AuditTrail audit;

	OutboxWorker(Outbox outbox, Deliveries deliveries, NotificationSettings settings, Clock clock, AuditTrail audit) {
		this.outbox = outbox;
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * One run: sends what is due now, at most {@link NotificationSettings#batchSize()}
	 * messages.
	 * @return how many messages were taken (sent or not)
	 */
	@Transactional(propagation = Propagation.NEVER)
	public int runOnce() {
		List<OutboxMessage> claimed = outbox.claim(settings.batchSize(), clock.instant());
		claimed.forEach(this::deliver);
		return claimed.size();
	}

	private void deliver(OutboxMessage message) {
		try {
			deliveries.send(message);
		}
		catch (UndeliverableException e) {
			log.warn("Message {} ({}) cannot be delivered: {}", message.id(), message.idempotencyKey(), e.getMessage());
			outbox.failed(message.id(), e.getMessage(), null);
			return;
		}
		catch (RuntimeException e) {
			Instant retryAt = message.attempts() >= settings.maxAttempts() ? null
					: clock.instant().plus(settings.retryAfter(message.attempts()));
			log.warn("Message {} ({}) attempt {} failed, {}: {}", message.id(), message.idempotencyKey(),
					message.attempts(), retryAt == null ? "given up" : "next at " + retryAt, e.toString());
			outbox.failed(message.id(), e.toString(), retryAt);
			return;
		}
		try {
			outbox.sent(message.id(), clock.instant());
		}
		catch (RuntimeException e) {
			// sent but not recorded: the row stays SENDING and is never sent again
			log.error("Message {} ({}) was sent but could not be recorded; it stays SENDING and will not be resent",
					message.id(), message.idempotencyKey(), e);
		}
	}

	/**
	 * Messages left SENDING for longer than {@link NotificationSettings#staleAfter()}:
	 * each may or may not have gone out, and needs a person to check (the mail server's
	 * log, the SMS gateway's report).
	 */
	public List<OutboxMessage> reportStale() {
		List<OutboxMessage> stale = outbox.stale(clock.instant().minus(settings.staleAfter()));
		stale.forEach(m -> log.warn("Message {} ({}) has been SENDING since {}: sent or not, it is not resent", m.id(),
				m.idempotencyKey(), m.sendingSince()));
		return stale;
	}

	/**
	 * Sends a stale message again: an administrator's decision after checking (in the
	 * mail server's log, the SMS gateway's report) that it never went out.
	 * @throws IllegalStateException if the message is not stale
	 */
	@Transactional
	public void release(long id) {
		Instant now = clock.instant();
		// stuck long enough, checked in the one statement that releases it
		if (!outbox.release(id, now, now.minus(settings.staleAfter()))) {
			throw new StateRefusal("refusal.notifications.outbox.resendOnlyStale", settings.staleAfter().toMinutes());
		}
		audit.record(AuditAction.NOTIFICATION_RELEASED, "notification", id, AuditResult.SUCCESS, "管理员确认未发出，重新发送");
	}

}
