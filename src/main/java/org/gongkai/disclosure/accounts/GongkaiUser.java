package org.gongkai.disclosure.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: who is acting, in which role, for which agency or applicant. */
public final class GongkaiUser implements UserDetails {

    private final Account account;

    GongkaiUser(Account account) {
        this.account = account;
    }

    public UUID id() {
        return account.id();
    }

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

    public boolean isOfficerOf(UUID agency) {
        return account.role().isOfficer() && agency != null && agency.equals(account.agencyId());
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
}
