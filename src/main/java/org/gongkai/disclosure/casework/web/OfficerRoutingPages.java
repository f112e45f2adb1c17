package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.routing.CaseRoutings;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routing to departments: the case officer's routing form, and the routed case as the
 * department sees it, with its answer.
 */
@Controller
@RequestMapping("/officer")
class OfficerRoutingPages {

	private final CaseRoutings routings;

	private final ReleasedRecordsSection released;

	private final MessageSourceAccessor messages;

	OfficerRoutingPages(CaseRoutings routings, ReleasedRecordsSection released, MessageSourceAccessor messages) {
		this.messages = messages;
		this.routings = routings;
		this.released = released;
	}

	@PostMapping("/cases/{id}/routing")
	String route(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@ModelAttribute("routingForm") RoutingForm form, BindingResult errors, RedirectAttributes redirect) {
		return OfficerActions.act(id, errors, redirect, messages.getMessage("case.done.routed"), () -> routings
			.route(officer, id, form.getLead(), form.getAssist(), form.getDueOn(), form.getInstructions()));
	}

	/**
	 * A routed case as its department sees it: the request's content, not the applicant.
	 */
	@GetMapping("/routed/{id}")
	String routed(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id, Model model) {
		model.addAttribute("routed", routings.routedView(officer, id));
		model.addAttribute("released", released.forDepartment(officer, id));
		return "officer/routed";
	}

	@PostMapping("/routed/{id}/answer")
	String departmentAnswer(@AuthenticationPrincipal GongkaiUser officer, @PathVariable CaseId id,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		try {
			routings.contribute(officer, id, answer);
			redirect.addFlashAttribute("message", messages.getMessage("routed.done.answered"));
			return "redirect:/officer/tasks";
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", RefusalWords.of(e, messages));
			return "redirect:/officer/routed/" + id;
		}
	}

}
