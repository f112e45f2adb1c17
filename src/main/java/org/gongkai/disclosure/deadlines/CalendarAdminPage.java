package org.gongkai.disclosure.deadlines;

import java.time.Clock;

import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's calendar page: the years on record, loading or correcting a year.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarAdminPage {

	private final CalendarAdministration administration;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	CalendarAdminPage(CalendarAdministration administration, Clock clock, MessageSourceAccessor messages) {
		this.administration = administration;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/admin/calendar")
	String page(Model model) {
		model.addAttribute("years", administration.years());
		model.addAttribute("provisional", administration.firstProvisionalYear(ReplyDeadlines.today(clock)));
		return "admin/calendar";
	}

	@PostMapping("/admin/calendar")
	String upload(@RequestParam(required = false) Integer year, @RequestParam(required = false) String source,
			@RequestParam(required = false) String days, RedirectAttributes redirect) {
		try {
			if (year == null) {
				throw new IllegalArgumentException(messages.getMessage("calendar.load.noYear"));
			}
			CalendarAdministration.LoadedYear loaded = administration.replaceYear(year, days, source);
			redirect.addFlashAttribute("message",
					messages.getMessage("calendar.loaded", new Object[] { loaded.year(), loaded.days() }));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
			redirect.addFlashAttribute("days", days);
			redirect.addFlashAttribute("source", source);
		}
		return "redirect:/admin/calendar";
	}

}
