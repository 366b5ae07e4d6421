package nl.ontschot.app.account.internal;

import nl.ontschot.app.account.UserAccount;

/** An account as the administrators of its organisation see it: no password hash, no tokens. */
public record ManagedAccount(String username, String displayName, String email, boolean orgAdmin,
		boolean disabled) {

	static ManagedAccount of(UserAccount account) {
		return new ManagedAccount(account.username(), account.displayName(), account.email(), account.orgAdmin(),
				account.disabled());
	}
}
