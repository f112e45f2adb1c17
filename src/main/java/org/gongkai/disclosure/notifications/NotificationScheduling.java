package org.gongkai.disclosure.notifications;

import java.time.Clock;

import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When things happen: the worker every {@link NotificationSettings#pollInterval()}, the
 * window reminders and the staff digests daily at {@link NotificationSettings#dailyAt()}
 * (Beijing time). Off with {@code gongkai.notifications.scheduling=false} (the tests run
 * each step themselves). Several nodes may run it: the worker's claims skip each other's
 * rows and the daily messages' idempotency keys let only one of each be written.
 */
@Configuration(proxyBeanMethods = false)
class NotificationScheduling {

	/** The SMS gateway unless the deployment provides its own. */
	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return new LoggingSmsGateway();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(prefix = "gongkai.notifications", name = "scheduling", havingValue = "true",
			matchIfMissing = true)
	static class Jobs {

		private final OutboxWorker worker;

		private final WindowReminders reminders;

		private final StaffDigests digests;

		private final Clock clock;

		private final NotificationSettings settings;

		Jobs(OutboxWorker worker, WindowReminders reminders, StaffDigests digests, Clock clock,
				NotificationSettings settings) {
			this.worker = worker;
			this.reminders = reminders;
			this.digests = digests;
			this.clock = clock;
			this.settings = settings;
		}

		@Scheduled(fixedDelayString = "${gongkai.notifications.poll-interval:PT15S}", initialDelayString = "PT30S")
		void send() {
			// a full batch means more may be due: go on until the outbox is drained
			while (worker.runOnce() == settings.batchSize()) {
				// next batch
			}
		}

		@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
		void reportStale() {
			worker.reportStale();
		}

		@Scheduled(cron = "${gongkai.notifications.daily-at:0 0 8 * * *}", zone = "Asia/Shanghai")
		void daily() {
			reminders.remind(ReplyDeadlines.today(clock));
			digests.write(ReplyDeadlines.today(clock));
		}

	}

}
