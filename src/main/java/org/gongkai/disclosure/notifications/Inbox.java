package org.gongkai.disclosure.notifications;

import java.time.Clock;
import java.util.List;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's in-system notifications. */
@Service
public class Inbox {

	static final int SHOWN = 200;

	private final Outbox outbox;

	private final Clock clock;

	Inbox(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Newest first, at most {@value #SHOWN}. */
	public List<OutboxMessage> of(GongkaiUser user) {
		return outbox.inbox(recipient(user), SHOWN);
	}

	@Transactional
	public void markRead(GongkaiUser user) {
		outbox.markRead(recipient(user), clock.instant());
	}

	static Recipient recipient(GongkaiUser user) {
		return user.role() == Role.APPLICANT ? Recipient.applicant(user.applicantId()) : Recipient.staff(user.id());
	}

}
