package org.gongkai.disclosure.accounts;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Optional single sign-on for officers through OpenID Connect. It is switched on only by
 * environment variables (the standard
 * {@code SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_…} and {@code …_PROVIDER_…} ones, see
 * README). The identity provider proves who someone is; Gongkai decides what they may do:
 * the claim named by {@code GONGKAI_SSO_USERNAME_CLAIM} (default
 * {@code preferred_username}) must name an existing, enabled officer account. Applicants
 * never sign in this way.
 */
@Component
class OfficerSingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final Accounts accounts;

	private final String usernameClaim;

	OfficerSingleSignOn(Accounts accounts, @Value("${GONGKAI_SSO_USERNAME_CLAIM:preferred_username}") String claim) {
		this.accounts = accounts;
		this.usernameClaim = claim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		return officerFor(delegate.loadUser(request));
	}

	OidcUser officerFor(OidcUser oidc) {
		String username = oidc.getClaimAsString(usernameClaim);
		Account account = username == null ? null : accounts.byUsername(username).orElse(null);
		if (account == null || !account.role().isOfficer() || !account.enabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
					"This unified identity account has no officer access to this system", null));
		}
		return new SignedOnOfficer(account, oidc);
	}

	/**
	 * An officer signed on through the identity provider: our account, with the
	 * provider's token attached.
	 */
	static final class SignedOnOfficer extends GongkaiUser implements OidcUser {

		private final OidcUser oidc;

		SignedOnOfficer(Account account, OidcUser oidc) {
			super(account);
			this.oidc = oidc;
		}

		@Override
		public Map<String, Object> getClaims() {
			return oidc.getClaims();
		}

		@Override
		public OidcUserInfo getUserInfo() {
			return oidc.getUserInfo();
		}

		@Override
		public OidcIdToken getIdToken() {
			return oidc.getIdToken();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return oidc.getAttributes();
		}

		@Override
		public String getName() {
			return getUsername();
		}

	}

}
