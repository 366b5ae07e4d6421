package nl.ontschot.app.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.AccountService;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	AccountUserDetailsService(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// a disabled account is as unknown as a name that does not exist: the login page tells nobody it exists
		return accounts.findByUsername(username).filter(u -> !u.disabled()).map(AccountPrincipal::of)
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
