package org.gongkai.disclosure.accounts;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in whose password was right but whose second factor is still to come. It is an
 * anonymous authentication, so nothing that requires a signed-in user accepts it; its one
 * authority opens only the code and enrolment pages. The password authentication it holds
 * becomes the session's once the code is verified.
 */
final class PendingSignIn extends AnonymousAuthenticationToken {

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final Authentication passwordChecked;

	PendingSignIn(Authentication passwordChecked) {
		super("gongkai-second-factor", passwordChecked.getPrincipal(), List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.passwordChecked = passwordChecked;
	}

	GongkaiUser user() {
		return (GongkaiUser) passwordChecked.getPrincipal();
	}

	Authentication passwordChecked() {
		return passwordChecked;
	}

}
