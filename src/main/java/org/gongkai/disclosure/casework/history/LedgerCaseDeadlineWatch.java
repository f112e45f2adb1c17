package org.gongkai.disclosure.casework.history;

import java.time.Clock;

import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link LedgerCaseDeadlines} every five minutes on every node (the effects are at
 * most a few minutes after 09:00 and 00:00, as with the process timers' spread). Off
 * where {@code gongkai.ledger-deadline-watch.enabled=false}: the integration tests call
 * {@link LedgerCaseDeadlines#handleDue} themselves, as they run due jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "gongkai.ledger-deadline-watch.enabled", havingValue = "true", matchIfMissing = true)
class LedgerCaseDeadlineWatch {

	private final LedgerCaseDeadlines deadlines;

	private final Clock clock;

	LedgerCaseDeadlineWatch(LedgerCaseDeadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
	void run() {
		deadlines.handleDue(ReplyDeadlines.today(clock));
	}

}
