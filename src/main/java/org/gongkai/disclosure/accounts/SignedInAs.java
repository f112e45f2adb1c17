package org.gongkai.disclosure.accounts;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work of the system on behalf of a person, with that person's rights, as a request
 * signed in by them would: the daily digest reads each officer's own task list, the demo
 * data is filed and handled by the demo accounts.
 */
public final class SignedInAs {

	private SignedInAs() {
	}

	public static <T> T as(GongkaiUser user, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
