package org.gongkai.disclosure.casework.web;

import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one way the case page's forms run a step, shared by the officers' controllers. */
final class OfficerActions {

	private OfficerActions() {
	}

	/**
	 * Runs one officer action; a refusal goes back to the case page as a message, never
	 * as an error page.
	 */
	static String act(CaseId id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/officer/cases/" + id;
	}

}
