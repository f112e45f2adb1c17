package org.gongkai.disclosure.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.shared.Refusal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notification API: the signed-in person's in-system notifications, an applicant's
 * channels, and for administrators the messages that need a person (stale, failed).
 */
@RestController
class NotificationApi {

	private final Inbox inbox;

	private final ChannelPreferences preferences;

	private final OutboxWorker worker;

	private final Outbox outbox;

	NotificationApi(Inbox inbox, ChannelPreferences preferences, OutboxWorker worker, Outbox outbox) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.worker = worker;
		this.outbox = outbox;
	}

	@GetMapping("/api/notifications")
	List<NotificationJson> mine(@AuthenticationPrincipal GongkaiUser user) {
		return inbox.of(user).stream().map(NotificationJson::of).toList();
	}

	@PostMapping("/api/notifications/read")
	ResponseEntity<Void> read(@AuthenticationPrincipal GongkaiUser user) {
		inbox.markRead(user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/notifications/channels")
	ChannelPreferences.Choice channels(@AuthenticationPrincipal GongkaiUser user) {
		return preferences.of(applicantOf(user));
	}

	@PutMapping("/api/notifications/channels")
	ChannelPreferences.Choice choose(@AuthenticationPrincipal GongkaiUser user,
			@RequestBody ChannelPreferences.Choice choice) {
		preferences.choose(applicantOf(user), choice.email(), choice.sms());
		return preferences.of(applicantOf(user));
	}

	/** Messages left SENDING: sent or not, the worker does not resend them. */
	@GetMapping("/api/admin/notifications/stale")
	List<OutboxJson> stale() {
		return worker.reportStale().stream().map(OutboxJson::of).toList();
	}

	/**
	 * Sends a stale message again, after an administrator checked that it never went out.
	 */
	@PostMapping("/api/admin/notifications/{id}/release")
	ResponseEntity<Void> release(@PathVariable long id) {
		worker.release(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/admin/notifications/failed")
	List<OutboxJson> failed() {
		return outbox.failed().stream().map(OutboxJson::of).toList();
	}

	private static UUID applicantOf(GongkaiUser user) {
		if (user.role() != Role.APPLICANT) {
			throw new Refusal("refusal.notifications.channel.onlyApplicants");
		}
		return user.applicantId();
	}

	record NotificationJson(long id, NotificationKind kind, String kindLabel, UUID caseId, String subject, String body,
			Instant createdAt, boolean read) {

		static NotificationJson of(OutboxMessage m) {
			return new NotificationJson(m.id(), m.kind(), m.kind().label(), m.caseId(), m.subject(), m.body(),
					m.createdAt(), !m.unread());
		}

	}

	record OutboxJson(long id, String idempotencyKey, NotificationKind kind, NotificationChannel channel,
			OutboxMessage.Status status, int attempts, Instant sendingSince, String lastError) {

		static OutboxJson of(OutboxMessage m) {
			return new OutboxJson(m.id(), m.idempotencyKey(), m.kind(), m.channel(), m.status(), m.attempts(),
					m.sendingSince(), m.lastError());
		}

	}

}
