package org.gongkai.disclosure.deadlines;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases received on one day do not share their reminder and overdue instants: each
 * case has its own minute within the hour after 09:00 (reminder) or 00:00 (overdue), the
 * same minute every time it is computed.
 */
class TimerSpreadTest {

	@Test
	void athousandCasesOfOneDaySpreadOverTheHourEachAlwaysAtItsOwnMinute() {
		Date nineAm = ReplyDeadlines.nineAmOn(LocalDate.of(2024, 10, 28));
		Set<Date> instants = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String caseId = UUID.randomUUID().toString();
			Date spread = ReplyDeadlines.spread(nineAm, caseId);
			assertThat(spread).isEqualTo(ReplyDeadlines.spread(nineAm, caseId));
			ZonedDateTime local = ZonedDateTime.ofInstant(spread.toInstant(), ReplyDeadlines.ZONE);
			assertThat(local.toLocalDate()).isEqualTo(LocalDate.of(2024, 10, 28));
			assertThat(local.getHour()).isEqualTo(9);
			assertThat(Duration.between(nineAm.toInstant(), spread.toInstant())).isBetween(Duration.ZERO,
					Duration.ofMinutes(59));
			instants.add(spread);
		}
		// 1,000 random ids over 60 minutes: every minute taken (failing has odds ~1e-5)
		assertThat(instants).hasSizeGreaterThanOrEqualTo(55);
	}

	@Test
	void theOverdueEscalationStaysWithinTheFirstHourOfTheDayAfterTheDueDate() {
		Date after = ReplyDeadlines.startOfDayAfter(LocalDate.of(2024, 10, 31));
		for (int i = 0; i < 200; i++) {
			ZonedDateTime local = ZonedDateTime
				.ofInstant(ReplyDeadlines.spread(after, UUID.randomUUID().toString()).toInstant(), ReplyDeadlines.ZONE);
			assertThat(local.toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 1));
			assertThat(local.getHour()).isZero();
		}
	}

}
