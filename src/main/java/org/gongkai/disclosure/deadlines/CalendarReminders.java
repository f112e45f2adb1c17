package org.gongkai.disclosure.deadlines;

import java.time.Clock;
import java.util.List;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the administrator's calendar reminders ({@link CalendarAdministration#reminders})
 * on every page, in the page's language, so that they show on the landing page as on the
 * calendar page; the page header shows them to administrators only. Computed on view from
 * the in-memory calendar, so a loaded year stops the reminder at once.
 */
@ControllerAdvice
class CalendarReminders {

	private final CalendarAdministration administration;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	CalendarReminders(CalendarAdministration administration, Clock clock, MessageSourceAccessor messages) {
		this.administration = administration;
		this.clock = clock;
		this.messages = messages;
	}

	@ModelAttribute("calendarReminders")
	List<String> calendarReminders() {
		return administration.reminders(ReplyDeadlines.today(clock))
			.stream()
			.map(missing -> messages.getMessage(
					missing.next() ? "calendar.reminder.nextYear" : "calendar.reminder.thisYear",
					new Object[] { missing.year() }))
			.toList();
	}

}
