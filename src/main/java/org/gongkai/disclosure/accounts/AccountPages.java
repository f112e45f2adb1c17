package org.gongkai.disclosure.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page (which sends a signed-in user to their own start page) and the login
 * page.
 */
@Controller
class AccountPages {

	@GetMapping("/")
	String home(@AuthenticationPrincipal GongkaiUser user, Model model, RedirectAttributes redirect) {
		if (user == null) {
			return "index";
		}
		// a confirmation sent here (「密码已修改」) goes on to the start page, not lost
		for (String flash : new String[] { "message", "error" }) {
			if (model.getAttribute(flash) != null) {
				redirect.addFlashAttribute(flash, model.getAttribute(flash));
			}
		}
		return switch (user.role()) {
			case APPLICANT -> "redirect:/my/requests";
			case ADMINISTRATOR -> "redirect:/admin/audit";
			case STATISTICIAN -> "redirect:/officer/reports";
			case HEAD_OF_OFFICE -> "redirect:/officer/dashboard";
			default -> "redirect:/officer/tasks";
		};
	}

	/**
	 * The login page. A failure reads the same whatever the cause (unknown user, wrong
	 * password, too many failures from here), so that it tells nobody which usernames
	 * exist.
	 */
	@GetMapping("/login")
	String login() {
		return "login";
	}

}
