package org.gongkai.disclosure.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.disclosure.shared.Throttle;
import org.gongkai.disclosure.shared.Throttle.Limit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on password checks (Bucket4j through {@link Throttle}):
 * <ul>
 * <li>per source address, every attempt (form login or an HTTP Basic header where the API
 * takes one): beyond {@link LoginLimits#attemptsPerMinute()} the answer is 429 before any
 * Argon2id hash is computed or any audit line written;</li>
 * <li>per account and source address, failures: beyond {@link LoginLimits#failures()} in
 * {@link LoginLimits#window()} that address's attempts on that account fail unchecked
 * (with the same message as a wrong password) until the bucket refills; the daily limit
 * backs off further. The owner, elsewhere, is never locked out by someone else.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	private static final int MAX_KEYS = 50_000;

	private final Throttle attempts;

	private final Throttle failures;

	private final LoginLimits limits;

	LoginThrottle(LoginLimits limits) {
		this.limits = limits;
		this.attempts = new Throttle(MAX_KEYS, List.of(new Limit(limits.attemptsPerMinute(), Duration.ofMinutes(1))));
		this.failures = new Throttle(MAX_KEYS, List.of(new Limit(limits.failures(), limits.window()),
				new Limit(limits.failuresPerDay(), Duration.ofDays(1))));
	}

	LoginLimits limits() {
		return limits;
	}

	/** Whether this address has used up its failures on this account for now. */
	boolean locked(Authentication attempt) {
		return failures.exhausted(key(attempt));
	}

	/**
	 * Counts a failed password.
	 * @return true if this failure used up the address's failures on the account
	 */
	boolean failed(Authentication attempt) {
		String key = key(attempt);
		failures.take(key);
		return failures.exhausted(key);
	}

	void succeeded(Authentication attempt) {
		failures.forget(key(attempt));
	}

	/**
	 * The filter that answers 429 to a source address that has used up its attempts; it
	 * runs before the authentication filters.
	 */
	OncePerRequestFilter attemptFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Duration wait = isPasswordAttempt(request) ? attempts.take(request.getRemoteAddr()) : Duration.ZERO;
				if (wait.isZero()) {
					chain.doFilter(request, response);
					return;
				}
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"请求过于频繁\",\"status\":429,"
							+ "\"detail\":\"登录尝试过于频繁，请稍后再试\"}");
			}
		};
	}

	/** A form login, or Basic credentials where the API takes them. */
	static boolean isPasswordAttempt(HttpServletRequest request) {
		if ("POST".equals(request.getMethod()) && "/login".equals(SecurityConfiguration.path(request))) {
			return true;
		}
		return SecurityConfiguration.takesBasic(request)
				&& SecurityConfiguration.hasBasicScheme(request.getHeader(HttpHeaders.AUTHORIZATION));
	}

	private static String key(Authentication attempt) {
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "-";
		return attempt.getName() + "\n" + address;
	}

}
