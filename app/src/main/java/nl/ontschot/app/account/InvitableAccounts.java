package nl.ontschot.app.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.ontschot.app.account.internal.OrganisationAccountRepository;

/**
 * The account an owner invites to a case, by what the owner knows of it: its name or its e-mail address
 * (ADR 0023). Text with an '@' is first an address and then a name, as the name of an account made before
 * names lost the '@' may contain one; an address is never another account's name, so whoever has the address
 * is the one the administrator of its organisation gave it to. A disabled account cannot be invited: it is as
 * unknown as a name that does not exist.
 */
@Component
public class InvitableAccounts {

	private final AccountService accounts;
	private final OrganisationAccountRepository organisationUsers;

	InvitableAccounts(AccountService accounts, OrganisationAccountRepository organisationUsers) {
		this.accounts = accounts;
		this.organisationUsers = organisationUsers;
	}

	public Optional<UserAccount> find(String nameOrEmail) {
		// PostgreSQL cannot store or compare a NUL character, and no name or address contains one
		if (nameOrEmail == null || nameOrEmail.isBlank() || nameOrEmail.indexOf('\0') >= 0) {
			return Optional.empty();
		}
		String text = nameOrEmail.strip();
		Optional<UserAccount> found = text.indexOf('@') >= 0
				? organisationUsers.findByEmailIgnoringCase(text).or(() -> accounts.findByUsername(text))
				: accounts.findByUsername(text);
		return found.filter(u -> !u.disabled());
	}
}
