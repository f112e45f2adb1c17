package org.gongkai.disclosure.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (which sends a signed-in user to their own start page) and the login page. */
@Controller
class AccountPages {

    @GetMapping("/")
    String home(@AuthenticationPrincipal GongkaiUser user) {
        if (user == null) {
            return "index";
        }
        return user.role().isOfficer() ? "redirect:/officer/tasks" : "redirect:/my/requests";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
