package org.gongkai.disclosure.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriTemplate;

/**
 * Where a case-page form's refusal belongs: when a form of the officer's case page is
 * refused (the flash attribute {@code error}, or a form brought back with its problems,
 * {@link OfficerActions#REFUSED_FORM}), the path it posted to below the case
 * ({@code correction}, {@code fee-lapse} …) goes with the message as {@code errorAt}, so
 * that the page shows the message beside that form ({@link CaseSteps.Step#posting})
 * instead of at the top, far from it (issue 16). One place for every handler of the
 * page's forms, whichever controller they are in.
 */
@Configuration(proxyBeanMethods = false)
class CaseFormRefusals implements WebMvcConfigurer, HandlerInterceptor {

	/** The id of the refusal's message on the case page, wherever it is shown. */
	static final String MESSAGE_ID = "refused";

	private static final UriTemplate CASE_FORM = new UriTemplate("/officer/cases/{id}/{action}");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/officer/cases/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			return;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean refused = flash.containsKey("error") || flash.containsKey(OfficerActions.REFUSED_FORM);
		if (refused && CASE_FORM.matches(path)) {
			flash.put("errorAt", CASE_FORM.match(path).get("action"));
			// back on the page, straight to the message and its form
			if (modelAndView != null && modelAndView.getViewName() != null
					&& modelAndView.getViewName().startsWith("redirect:")) {
				modelAndView.setViewName(modelAndView.getViewName() + "#" + MESSAGE_ID);
			}
		}
	}

}
