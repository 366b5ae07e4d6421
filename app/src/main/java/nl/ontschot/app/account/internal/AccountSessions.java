package nl.ontschot.app.account.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountPrincipal;

/**
 * The browser sessions of each account, so that a password change can end them: someone who learnt the
 * old password and logged in with it must not stay in. Kept in memory, as the sessions themselves are.
 */
@Component
public class AccountSessions {

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Ends every session of the account; the next request of each goes to the login page. */
	public int endAll(long userId) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal account && account.userId() == userId) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}
}
