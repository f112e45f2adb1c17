package org.gongkai.disclosure.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The steps after a right password. A login that needs a second factor is held as a
 * {@link PendingSignIn} and sent to the code page (or to enrolment if it has none yet); a
 * login whose password was set by an administrator may do nothing but change it; and HTTP
 * Basic, which cannot carry a second factor, is refused for logins that need one.
 */
@Component
class SignInSteps implements AuthenticationSuccessHandler {

	static final String CODE_PAGE = "/login/code";

	static final String ENROL_PAGE = "/login/enrol";

	static final String PASSWORD_PAGE = "/account/password";

	private final SecondFactor secondFactor;

	private final AccountAdministration administration;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSteps(SecondFactor secondFactor, AccountAdministration administration) {
		this.secondFactor = secondFactor;
		this.administration = administration;
		next.setDefaultTargetUrl("/");
	}

	/** After the password: the second factor if needed, else where the user was going. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof GongkaiUser user && secondFactor.requiredFor(user)) {
			establish(new PendingSignIn(authentication), request, response);
			response
				.sendRedirect(request.getContextPath() + (secondFactor.enrolled(user.id()) ? CODE_PAGE : ENROL_PAGE));
			return;
		}
		next.onAuthenticationSuccess(request, response, authentication);
	}

	/** Makes {@code authentication} the session's (after the code, or a pending one). */
	void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/**
	 * The filter that holds a login to its pending duties (created by the security
	 * configuration, so that it runs only inside the filter chain).
	 */
	OncePerRequestFilter policy() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				enforce(request, response, chain);
			}
		};
	}

	private void enforce(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof PendingSignIn || !(auth.getPrincipal() instanceof GongkaiUser user)
				|| exempt(request)) {
			chain.doFilter(request, response);
			return;
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && secondFactor.requiredFor(user)) {
			refuse(response, HttpStatus.UNAUTHORIZED, "该账号须通过登录页面并使用两步验证登录，不能使用 HTTP Basic");
			return;
		}
		// only an administrator sets a temporary password, and never an applicant's
		// (AccountAdministration): an applicant's request costs no query here
		if (user.role() != Role.APPLICANT && administration.mustChangePassword(user.id())) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				refuse(response, HttpStatus.FORBIDDEN, "须先修改管理员设置的临时密码");
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean exempt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/error") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
