package org.gongkai.disclosure.deadlines;

import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the administrator's calendar reminders ({@link CalendarAdministration#reminders})
 * on every page, so that they show on the landing page as on the calendar page; the page
 * header shows them to administrators only. Computed on view from the in-memory calendar,
 * so a loaded year stops the reminder at once.
 */
@ControllerAdvice
class CalendarReminders {

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarReminders(CalendarAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@ModelAttribute("calendarReminders")
	List<String> calendarReminders() {
		return administration.reminders(ReplyDeadlines.today(clock));
	}

}
