package org.gongkai.disclosure.accounts;

import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 忘记密码 for applicants: ask for a code ({@code /password/forgot}), then enter it with the
 * new password ({@code /password/reset}). Open without login; what the pages say never
 * depends on whether the username exists ({@link PasswordResets}).
 */
@Controller
@RequestMapping("/password")
class PasswordResetPages {

	private final PasswordResets resets;

	private final MessageSourceAccessor messages;

	PasswordResetPages(PasswordResets resets, MessageSourceAccessor messages) {
		this.resets = resets;
		this.messages = messages;
	}

	@GetMapping("/forgot")
	String forgot() {
		return "password-forgot";
	}

	@PostMapping("/forgot")
	String sendCode(@RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
		resets.requestCode(username.strip());
		// PasswordResets.NEUTRAL_ANSWER in the page's language
		redirect.addFlashAttribute("message", messages.getMessage("password.flash.codeSent"));
		redirect.addAttribute("username", username.strip());
		return "redirect:/password/reset";
	}

	@GetMapping("/reset")
	String resetForm(@RequestParam(defaultValue = "") String username, Model model) {
		model.addAttribute("username", username);
		return "password-reset";
	}

	@PostMapping("/reset")
	String reset(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordAgain,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("username", username);
		if (!password.equals(passwordAgain)) {
			model.addAttribute("error", messages.getMessage("account.newPasswordsDiffer"));
			return "password-reset";
		}
		try {
			resets.reset(username.strip(), code.strip(), password);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", RefusalWords.of(e, messages));
			return "password-reset";
		}
		redirect.addFlashAttribute("message", messages.getMessage("password.flash.reset"));
		return "redirect:/login";
	}

}
