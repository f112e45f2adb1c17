package org.gongkai.disclosure.accounts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain. Pages use form login with CSRF protection; the JSON API answers
 * 401 instead of redirecting and also accepts HTTP Basic for integrations. Method
 * security guards the services themselves.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> sso,
			OfficerSingleSignOn officers, SignInSteps signInSteps) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			// go-live: the first-start setup, the load balancer's health check, forgotten
			// passwords, the second step
			.requestMatchers("/setup", "/actuator/health", "/password/forgot", "/password/reset")
			.permitAll()
			.requestMatchers(SignInSteps.CODE_PAGE, SignInSteps.ENROL_PAGE)
			.hasAuthority(PendingSignIn.AUTHORITY)
			.requestMatchers("/", "/login", "/register", "/css/**", "/js/**", "/webjars/**", "/error", "/favicon.ico")
			.permitAll()
			.requestMatchers("/api/calendar/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
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
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
					&& request.getHeader("Authorization") != null))
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
