package org.gongkai.disclosure.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final AccountAdministration administration;

	AccountUserDetailsService(Accounts accounts, AccountAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.byUsername(username)
			.map(account -> new GongkaiUser(account, administration.rolesOf(account.id(), account.role())))
			.orElseThrow(() -> new UsernameNotFoundException("Wrong user name or password"));
	}

}
