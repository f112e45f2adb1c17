package org.gongkai.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.gongkai.disclosure.deadlines.ReplyDeadlines;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests can set, so that a request can be received and decided on chosen dates.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

	private volatile Instant now = Instant.now();

	/** Sets "now" to 10:00 Beijing time on {@code date}. */
	public void setDate(LocalDate date) {
		now = date.atTime(LocalTime.of(10, 0)).atZone(ReplyDeadlines.ZONE).toInstant();
	}

	public void reset() {
		now = Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ReplyDeadlines.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
