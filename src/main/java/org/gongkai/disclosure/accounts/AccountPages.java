package org.gongkai.disclosure.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page (which sends a signed-in user to their own start page) and the login
 * page.
 */
@Controller
class AccountPages {

	@GetMapping("/")
	String home(@AuthenticationPrincipal GongkaiUser user) {
		if (user == null) {
			return "index";
		}
		return switch (user.role()) {
			case APPLICANT -> "redirect:/my/requests";
			case ADMINISTRATOR -> "redirect:/admin/audit";
			case STATISTICIAN -> "redirect:/officer/reports";
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
