package org.gongkai.disclosure;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The path of the page being shown (without the context path and the query), so that the
 * menu in {@code layout.html} marks its own entry with {@code aria-current="page"} (WCAG
 * 2.1 2.4.8, issue 16 item 6): a screen reader then says which page of the menu this is.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentPage {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
