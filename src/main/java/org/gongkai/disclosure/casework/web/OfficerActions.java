package org.gongkai.disclosure.casework.web;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

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
			redirect.addFlashAttribute("error", wordsOf(e));
		}
		return "redirect:/officer/cases/" + id;
	}

	/**
	 * A refusal in the request's language ({@link RefusalWords}), for the helpers shared
	 * by the controllers, which have no accessor at hand: the request's application
	 * context is the message source, the request's locale the language.
	 */
	static String wordsOf(RuntimeException refusal) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return RefusalWords.of(refusal,
				new MessageSourceAccessor(RequestContextUtils.findWebApplicationContext(request)));
	}

}
