package org.gongkai.disclosure.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.notifications}: the sender address, the worker's pace and retry policy,
 * and the daily jobs. SMTP itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} e-mails are logged instead of sent.
 *
 * @param scheduling whether this node runs the outbox worker and the daily jobs
 * @param mailFrom the sender of every e-mail
 * @param baseUrl the address of the application, for links in messages
 * @param pollInterval how often the worker looks for messages to send
 * @param batchSize how many messages the worker claims at once
 * @param maxAttempts attempts before a message is given up as FAILED
 * @param firstRetryAfter the wait after the first failure; doubled after each further one
 * @param maxRetryAfter the longest wait between two attempts
 * @param staleAfter how long a message may stay SENDING before it is reported as stale
 * @param dailyAt when the window reminders and staff digests are written (cron, Beijing
 * time)
 * @param windowReminderWorkingDays remind an applicant this many working days before a
 * window of theirs closes
 * @param digestDueWithinWorkingDays a digest lists tasks due within this many working
 * days
 */
@ConfigurationProperties("gongkai.notifications")
public record NotificationSettings(@DefaultValue("true") boolean scheduling,
		@DefaultValue("gongkai@localhost") String mailFrom, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("PT15S") Duration pollInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration firstRetryAfter,
		@DefaultValue("PT1H") Duration maxRetryAfter, @DefaultValue("PT10M") Duration staleAfter,
		@DefaultValue("0 0 8 * * *") String dailyAt, @DefaultValue("3") int windowReminderWorkingDays,
		@DefaultValue("2") int digestDueWithinWorkingDays) {

	/**
	 * The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones:
	 * exponential back-off, capped.
	 */
	Duration retryAfter(int attempts) {
		Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
	}

}
