package org.gongkai.disclosure.deadlines;

import java.time.Clock;

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

	CalendarAdminPage(CalendarAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
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
				throw new IllegalArgumentException("请填写年度");
			}
			CalendarAdministration.LoadedYear loaded = administration.replaceYear(year, days, source);
			redirect.addFlashAttribute("message",
					loaded.year() + "年日历已更新（" + loaded.days() + "个调整日）；在办案件和复议诉讼案件的各项期限已按新日历重新计算，变化的已记入各案办理记录。");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("days", days);
			redirect.addFlashAttribute("source", source);
		}
		return "redirect:/admin/calendar";
	}

}
