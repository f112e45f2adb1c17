package org.gongkai.disclosure.accounts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain. Pages use form login with CSRF protection; the JSON API answers
 * 401 instead of redirecting and also accepts HTTP Basic for integrations — only there
 * (not on pages, not on the public calendar API), rate-limited by {@link LoginThrottle}.
 * Method security guards the services themselves.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	/** The part of the API anyone may call (the working-day calendar). */
	static final String PUBLIC_API = "/api/calendar/";

	private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> sso,
			OfficerSingleSignOn officers, LoginThrottle throttle, SignInSteps signInSteps) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			// go-live: the first-start setup, the load balancer's health check, forgotten
			// passwords, the second step
			.requestMatchers("/setup", "/actuator/health", "/password/forgot", "/password/reset")
			.permitAll()
			.requestMatchers(SignInSteps.CODE_PAGE, SignInSteps.ENROL_PAGE)
			.hasAuthority(PendingSignIn.AUTHORITY)
			.requestMatchers("/", "/login", "/register", "/css/**", "/js/**", "/webjars/**", "/error", "/favicon.ico",
					"/reports", "/reports/**")
			.permitAll()
			// not the API documentation: it is off unless switched on, and then behind
			// login
			.requestMatchers(PUBLIC_API + "**")
			.permitAll()
			.requestMatchers("/my/**")
			.hasRole(Role.APPLICANT.name())
			.requestMatchers("/officer/reports", "/officer/reports/**")
			.hasAnyRole(Role.REGISTRAR.name(), Role.CASE_OFFICER.name(), Role.LEGAL_REVIEWER.name(),
					Role.HEAD_OF_OFFICE.name(), Role.STATISTICIAN.name())
			.requestMatchers("/officer/**")
			.hasAnyRole(Role.CASE_HANDLERS.stream().map(Role::name).toArray(String[]::new))
			.requestMatchers("/admin/**", "/api/admin/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(signInSteps).permitAll())
			.addFilterBefore(signInSteps.policy(), AuthorizationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/").permitAll())
			.httpBasic(basic -> basic.withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
				@Override
				public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationConverter(SecurityConfiguration::basicCredentials);
					return filter;
				}
			}))
			.addFilterBefore(throttle.attemptFilter(), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint()))
			// only a request that brings its own Basic credentials has nothing to forge
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					request -> takesBasic(request) && hasBasicScheme(request.getHeader(HttpHeaders.AUTHORIZATION))))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
							+ "frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(pp -> pp.policy("camera=(), microphone=(), geolocation=()")));
		if (sso.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(officers)));
		}
		return http.build();
	}

	/**
	 * Where HTTP Basic is read: the API, but not its public part. Elsewhere a Basic
	 * header costs nothing (no password hash, no audit line) and authenticates nothing.
	 */
	static boolean takesBasic(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/api/") && !path.startsWith(PUBLIC_API);
	}

	/** The path within the application. */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Exactly the {@code Basic} scheme (case-insensitive, RFC 9110 §11.1). */
	static boolean hasBasicScheme(String authorization) {
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static Authentication basicCredentials(HttpServletRequest request) {
		return takesBasic(request) ? BASIC.convert(request) : null;
	}

	/**
	 * Password logins (form and Basic): an address that has used up its failures on an
	 * account fails at once, unchecked and with the same answer as a wrong password.
	 */
	@Bean
	DaoAuthenticationProvider passwordLogins(AccountUserDetailsService users, PasswordEncoder passwords,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
			@Override
			public Authentication authenticate(Authentication attempt) {
				if (throttle.locked(attempt)) {
					throw new LockedException("Wrong user name or password");
				}
				return super.authenticate(attempt);
			}
		};
		provider.setPasswordEncoder(passwords);
		return provider;
	}

	/** The API answers 401 (no browser pop-up); pages send people to the login form. */
	private static AuthenticationEntryPoint entryPoint() {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
		byPath.put(request -> request.getRequestURI().startsWith("/api/"),
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
		entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
		return entryPoint;
	}

	/**
	 * Argon2id for new hashes (OWASP's first choice); older hashes in other formats still
	 * verify. A password that is not well-formed text (an unpaired surrogate, which
	 * cannot be encoded) simply does not match.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		PasswordEncoder delegate = new DelegatingPasswordEncoder("argon2", encoders);
		return new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return delegate.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return raw != null && PasswordPolicy.isEncodable(raw) && delegate.matches(raw, encoded);
			}

			@Override
			public boolean upgradeEncoding(String encoded) {
				return delegate.upgradeEncoding(encoded);
			}
		};
	}

}
