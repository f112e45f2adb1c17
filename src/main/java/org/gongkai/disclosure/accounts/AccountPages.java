package org.gongkai.disclosure.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
			case STATISTICIAN -> "index";
			default -> "redirect:/officer/tasks";
		};
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		model.addAttribute("locked", last instanceof LockedException);
		return "login";
	}

}
