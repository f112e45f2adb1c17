package org.gongkai.disclosure;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's form posted with a required field left empty or a value that cannot be read (a
 * date typed by hand in a browser without a date picker): back to the page the form was
 * on, with the problem shown there, instead of the generic 400 page. Forms that keep what
 * was typed bind to a form object and show the problem beside the field; this is the net
 * under the small one-field forms. The API's answers stay {@link ApiProblems}'.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageFormRefusals {

	private final MessageSourceAccessor messages;

	PageFormRefusals(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	String backToTheForm(Exception e, HttpServletRequest request, RedirectAttributes redirect) throws Exception {
		String back = sameSitePath(request);
		if (!HttpMethod.POST.matches(request.getMethod()) || back == null) {
			throw e;
		}
		redirect.addFlashAttribute("error", messages.getMessage(
				e instanceof MissingServletRequestParameterException ? "refusals.missing" : "refusals.invalid"));
		return "redirect:" + back;
	}

	/** The Referer's path and query when it is this site's page, else null. */
	private static String sameSitePath(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

}
