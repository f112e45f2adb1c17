package org.gongkai.disclosure.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.audit.AuditActor;
import org.gongkai.disclosure.shared.ids.AgencyId;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: who is acting, in which role, for which agency or
 * applicant.
 */
public class GongkaiUser implements UserDetails, AuditActor {

	private final Account account;

	private final Set<Role> roles;

	protected GongkaiUser(Account account) {
		this(account, Set.of());
	}

	/** A login with roles added to its primary one (one person may hold several). */
	protected GongkaiUser(Account account, Set<Role> addedRoles) {
		this.account = account;
		this.roles = EnumSet.of(account.role());
		this.roles.addAll(addedRoles);
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

	/** The primary role. */
	public Role role() {
		return account.role();
	}

	/** Whether the login holds {@code role}, as its primary role or an added one. */
	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/** Every role the login holds. */
	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	/** The officer's agency; null for applicants. */
	public AgencyId agencyId() {
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
	public boolean isOfficerOf(AgencyId agency) {
		return account.role().handlesCases() && agency != null && agency.equals(account.agencyId());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
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
