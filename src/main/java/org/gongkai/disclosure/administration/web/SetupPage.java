package org.gongkai.disclosure.administration.web;

import org.gongkai.disclosure.administration.FirstStart.Setup;
import org.gongkai.disclosure.administration.FirstStart;
import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /setup}: the first start's one page, there only while no administrator exists.
 */
@Controller
class SetupPage {

	private final FirstStart firstStart;

	private final MessageSourceAccessor messages;

	SetupPage(FirstStart firstStart, MessageSourceAccessor messages) {
		this.firstStart = firstStart;
		this.messages = messages;
	}

	@GetMapping("/setup")
	String form(Model model) {
		requireOpen();
		if (!model.containsAttribute("setup")) {
			model.addAttribute("setup", new Setup(null, null, null, null, null, null, null));
		}
		return "setup";
	}

	@PostMapping("/setup")
	String setUp(@ModelAttribute Setup setup, @RequestParam String passwordAgain, Model model,
			RedirectAttributes redirect) {
		requireOpen();
		try {
			if (setup.password() == null || !setup.password().equals(passwordAgain)) {
				throw new IllegalArgumentException(messages.getMessage("register.passwordsDiffer"));
			}
			firstStart.complete(setup);
		}
		catch (FirstStart.SetupClosedException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("setup", new Setup(null, setup.governmentCode(), setup.governmentName(),
					setup.officeName(), setup.username(), setup.displayName(), null));
			model.addAttribute("error", RefusalWords.of(e, messages));
			return "setup";
		}
		redirect.addFlashAttribute("message", messages.getMessage("setup.flash.done"));
		return "redirect:/login";
	}

	private void requireOpen() {
		if (!firstStart.isOpen()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
