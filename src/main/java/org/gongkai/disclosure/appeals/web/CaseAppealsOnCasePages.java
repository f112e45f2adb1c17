package org.gongkai.disclosure.appeals.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.appeals.AppealViews;
import org.gongkai.disclosure.casework.CaseId;
import org.gongkai.disclosure.casework.CaseReanswers;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts a request's appeals and ordered new answers on its case pages (officer and
 * applicant) without casework depending on appeals: after casework's page handler has
 * run, this adds {@code caseAppeals} and {@code caseReanswers} to its model, which
 * {@code templates/appeals/fragments.html} shows.
 */
@Configuration
class CaseAppealsOnCasePages implements WebMvcConfigurer, HandlerInterceptor {

	private final AppealViews views;

	private final CaseReanswers reanswers;

	CaseAppealsOnCasePages(AppealViews views, CaseReanswers reanswers) {
		this.views = views;
		this.reanswers = reanswers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/officer/cases/*", "/my/requests/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || !("officer/case".equals(mav.getViewName()) || "my/request".equals(mav.getViewName()))) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		@SuppressWarnings("unchecked")
		Map<String, String> vars = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (auth == null || !(auth.getPrincipal() instanceof GongkaiUser user) || vars == null
				|| vars.get("id") == null) {
			return;
		}
		UUID caseId = UUID.fromString(vars.get("id")); // the page handler has already
														// parsed and checked it
		mav.addObject("caseAppeals", views.ofCase(user, caseId));
		mav.addObject("caseReanswers", reanswers.of(new CaseId(caseId)));
	}

}
