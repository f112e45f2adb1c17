package org.gongkai.disclosure.casework.web;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.disclosure.shared.FormErrors;
import org.gongkai.disclosure.shared.RefusalWords;
import org.gongkai.disclosure.shared.ids.CaseId;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The one way the case page's forms run a step, shared by the officers' controllers. */
final class OfficerActions {

	/**
	 * The flash attribute that says a form came back refused, under its model name, with
	 * its problems beside it ({@link CaseFormRefusals} opens the page at it).
	 */
	static final String REFUSED_FORM = "refusedForm";

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
		return casePage(id);
	}

	/**
	 * Runs the action of a form bound to its form object ({@code form}'s target): a value
	 * that could not be read, or a refusal, goes back to the case page with the form as
	 * typed, every problem listed at its top and each field's own beside it
	 * ({@link FormErrors}); the page opens that form again, filled in. Problems that
	 * belong to no field (the case's state) are listed at its top only.
	 */
	static String act(CaseId id, BindingResult form, RedirectAttributes redirect, String done, Runnable action) {
		if (!form.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("message", done);
				return casePage(id);
			}
			catch (IllegalArgumentException | IllegalStateException e) {
				// a field's problem beside its field, the case's state at the form's top,
				// each worded in the page's language from its key
				FormErrors.reject(form, e);
			}
		}
		// the form and its problems survive the redirect as the model the case page is
		// rendered with (the Post/Redirect/Get every form of the page follows)
		redirect.addFlashAttribute(form.getObjectName(), form.getTarget());
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + form.getObjectName(), form);
		redirect.addFlashAttribute(REFUSED_FORM, form.getObjectName());
		return casePage(id);
	}

	private static String casePage(CaseId id) {
		return "redirect:/officer/cases/" + id;
	}

	/**
	 * A refusal in the request's language ({@link RefusalWords}), for the helpers shared
	 * by the controllers, which have no accessor at hand: the request's application
	 * context is the message source, the request's locale the language.
	 */
	static String wordsOf(RuntimeException refusal) {
		return RefusalWords.of(refusal, messages());
	}

	/** The application's messages in the current request's language. */
	static MessageSourceAccessor messages() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return new MessageSourceAccessor(RequestContextUtils.findWebApplicationContext(request));
	}

}
