package org.gongkai.disclosure.operations;

import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/operations}: the operator's page. */
@Controller
class OperationsPage {

	private final Operations operations;

	private final MessageSourceAccessor messages;

	OperationsPage(Operations operations, MessageSourceAccessor messages) {
		this.operations = operations;
		this.messages = messages;
	}

	@GetMapping("/admin/operations")
	String page(Model model) {
		model.addAttribute("overview", operations.overview());
		return "admin/operations";
	}

	@PostMapping("/admin/operations/jobs/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		try {
			operations.retry(id);
			redirect.addFlashAttribute("message", messages.getMessage("operations.retried"));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
		}
		return "redirect:/admin/operations";
	}

}
