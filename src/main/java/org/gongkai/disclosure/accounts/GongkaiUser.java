package org.gongkai.disclosure.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditActor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: who is acting, in which role, for which agency or
 * applicant.
 */
public class GongkaiUser implements UserDetails, AuditActor {

	private final Account account;

	protected GongkaiUser(Account account) {
		this.account = account;
	}

	@Override
	public UUID id() {
		return account.id();
	}

	@Override
	public String displayName() {
		return account.displayName();
	}

	/** The same, as a bean property for templates ({@code principal.displayName}). */
	public String getDisplayName() {
		return account.displayName();
	}

	public Role role() {
		return account.role();
	}

	/** The officer's agency; null for applicants. */
	public UUID agencyId() {
		return account.agencyId();
	}

	/** The applicant this login acts for; null for officers. */
	public UUID applicantId() {
		return account.applicantId();
	}

	/**
	 * Handles cases of this agency (registrar, case officer, legal reviewer, head of
	 * office).
	 */
	public boolean isOfficerOf(UUID agency) {
		return account.role().handlesCases() && agency != null && agency.equals(account.agencyId());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(account.role().authority()));
	}

	@Override
	public String getPassword() {
		return account.passwordHash();
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !account.lockedAt(Instant.now());
	}

}
