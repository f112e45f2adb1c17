package org.gongkai.disclosure.accounts;

import java.util.UUID;

import org.gongkai.disclosure.shared.ids.AgencyId;
import org.mockito.Mockito;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's own filter chain and method security in a web slice, so that a slice
 * test sees the same 401, 403, 429 and CSRF rules as production, with the real login
 * throttle and sign-in steps. Slice tests sign in with {@code user(…)}, never with a
 * password, single sign-on or a second factor, so the services behind those are mocks
 * that are never called.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, LoginThrottle.class, SignInSteps.class })
@EnableConfigurationProperties(LoginLimits.class)
public class WebSliceSecurity {

	@Bean
	OfficerSingleSignOn officerSingleSignOn() {
		return Mockito.mock(OfficerSingleSignOn.class);
	}

	@Bean
	AccountUserDetailsService accountUserDetailsService() {
		return Mockito.mock(AccountUserDetailsService.class);
	}

	@Bean
	SecondFactor secondFactor() {
		return Mockito.mock(SecondFactor.class);
	}

	@Bean
	AccountAdministration accountAdministration() {
		return Mockito.mock(AccountAdministration.class);
	}

	/** A signed-in officer in {@code role} of some agency. */
	public static GongkaiUser officer(Role role) {
		return officer(role, UUID.randomUUID());
	}

	/**
	 * A signed-in officer of {@code agency} in {@code role}, as the login would load it.
	 */
	public static GongkaiUser officer(Role role, UUID agency) {
		return new GongkaiUser(new Account(UUID.randomUUID(), role.name().toLowerCase() + "-slice", "{noop}unused",
				"工作人员", role, new AgencyId(agency), null, true, null)) {
		};
	}

}
