package org.gongkai.disclosure.notifications;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Writes a notice to the outbox once per channel, in the caller's transaction. An
 * applicant's notice goes to the system always (statutory notices are always on record
 * there) and to the channels they chose; a member of staff's digest to the system and, if
 * they gave one, their e-mail address.
 */
@Component
class Notifier {

	private final Outbox outbox;

	private final ChannelPreferences preferences;

	private final Clock clock;

	Notifier(Outbox outbox, ChannelPreferences preferences, Clock clock) {
		this.outbox = outbox;
		this.preferences = preferences;
		this.clock = clock;
	}

	/**
	 * @return how many rows were written (none if the notice was written before)
	 */
	int tell(Notice notice) {
		Set<NotificationChannel> channels = switch (notice.recipient().kind()) {
			case APPLICANT -> preferences.channelsOf(notice.recipient().id());
			case STAFF -> preferences.staffEmail(notice.recipient().id()).isPresent()
					? Set.of(NotificationChannel.IN_SYSTEM, NotificationChannel.EMAIL)
					: Set.of(NotificationChannel.IN_SYSTEM);
		};
		int written = 0;
		for (NotificationChannel channel : channels) {
			if (outbox.write(notice, channel, clock.instant())) {
				written++;
			}
		}
		return written;
	}

}
