package org.gongkai.disclosure.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongkai.disclosure.shared.ids.AgencyId;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The identity provider says who someone is; only an existing, enabled officer account
 * lets them in.
 */
class OfficerSingleSignOnTest {

	private final Accounts accounts = mock(Accounts.class);

	private final OfficerSingleSignOn sso = new OfficerSingleSignOn(accounts, "preferred_username");

	@Test
	void anExistingOfficerSignsOnAsThemselves() {
		Account officer = new Account(UUID.randomUUID(), "wang.wu", "{argon2}x", "承办人 王五", Role.CASE_OFFICER,
				AgencyId.random(), null, true, null);
		when(accounts.byUsername("wang.wu")).thenReturn(Optional.of(officer));
		OidcUser signedOn = sso.officerFor(oidcUser("wang.wu"));
		assertThat(signedOn).isInstanceOf(GongkaiUser.class);
		assertThat(((GongkaiUser) signedOn).role()).isEqualTo(Role.CASE_OFFICER);
		assertThat(((GongkaiUser) signedOn).agencyId()).isEqualTo(officer.agencyId());
		assertThat(signedOn.getName()).isEqualTo("wang.wu");
	}

	@Test
	void strangersApplicantsAndDisabledAccountsAreTurnedAway() {
		when(accounts.byUsername("nobody")).thenReturn(Optional.empty());
		when(accounts.byUsername("zhang")).thenReturn(Optional.of(new Account(UUID.randomUUID(), "zhang", "x", "张三",
				Role.APPLICANT, null, UUID.randomUUID(), true, null)));
		when(accounts.byUsername("gone")).thenReturn(Optional.of(new Account(UUID.randomUUID(), "gone", "x", "离职",
				Role.CASE_OFFICER, AgencyId.random(), null, false, null)));
		for (String name : new String[] { "nobody", "zhang", "gone" }) {
			assertThatThrownBy(() -> sso.officerFor(oidcUser(name))).isInstanceOf(OAuth2AuthenticationException.class);
		}
	}

	private static OidcUser oidcUser(String username) {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "sub-" + username, "preferred_username", username));
		return new DefaultOidcUser(List.of(), token);
	}

}
