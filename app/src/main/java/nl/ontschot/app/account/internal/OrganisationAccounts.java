package nl.ontschot.app.account.internal;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.account.AccountDisabling;
import nl.ontschot.app.account.AccountProblem;
import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.account.UserAccount;

/**
 * The accounts of an organisation, managed by its administrators and by the system administrator (ADR 0023):
 * every rule about who may do what to which account is here, for the page and the API alike.
 * <p>
 * Each method takes the acting account and the organisation asked for ({@code null}: the actor's own). An
 * organisation administrator manages only their own organisation and never the system administrator's
 * account; the system administrator manages any. An organisation keeps at least one active administrator
 * once it has one.
 */
@Service
public class OrganisationAccounts {

	/** The longest address a mail server takes (RFC 5321). */
	static final int MAX_EMAIL_LENGTH = 254;
	/** One '@', a dot in the domain, and no white space anywhere (a non-breaking space neither). */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
			Pattern.UNICODE_CHARACTER_CLASS);

	private final AccountService accounts;
	private final UserAccountRepository users;
	private final OrganisationAccountRepository organisationUsers;
	private final AccountSessions sessions;
	private final ApplicationEventPublisher events;

	OrganisationAccounts(AccountService accounts, UserAccountRepository users,
			OrganisationAccountRepository organisationUsers, AccountSessions sessions,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.users = users;
		this.organisationUsers = organisationUsers;
		this.sessions = sessions;
		this.events = events;
	}

	/** What a password reset did besides setting the password. */
	public record PasswordReset(int sessionsEnded, int tokensRevoked) {
	}

	/** Who acts, and on which organisation. */
	private record Scope(UserAccount actor, Organisation organisation) {
	}

	/** Whether the account manages any organisation's accounts: the link in the header is shown to it. */
	@Transactional(readOnly = true)
	public boolean managesAccounts(long actorId) {
		return users.findById(actorId).filter(a -> !a.disabled() && (a.admin() || a.orgAdmin())).isPresent();
	}

	/** The organisation the actor asks to manage, when they may. */
	@Transactional(readOnly = true)
	public Organisation organisation(long actorId, Long organisationId) {
		return scope(actorId, organisationId).organisation();
	}

	/** The organisations the actor may choose from, by name: all for the system administrator, else their own. */
	@Transactional(readOnly = true)
	public List<Organisation> organisations(long actorId) {
		Scope scope = scope(actorId, null);
		return scope.actor().admin() ? accounts.organisations().stream()
				.sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER)).toList()
				: List.of(scope.organisation());
	}

	@Transactional(readOnly = true)
	public List<ManagedAccount> list(long actorId, Long organisationId) {
		Scope scope = scope(actorId, organisationId);
		return organisationUsers.findByOrganisation(scope.organisation().id()).stream().map(ManagedAccount::of)
				.toList();
	}

	/** A new account in the organisation, with the password rules of every account. */
	@Transactional
	public ManagedAccount create(long actorId, Long organisationId, NewAccount account) {
		Scope scope = scope(actorId, organisationId);
		accounts.checkNewAccount(account.username(), account.displayName(), account.password());
		String email = email(-1, account.email());
		return ManagedAccount.of(accounts.insert(account.username(), account.displayName(), account.password(),
				scope.organisation().id(), false, email));
	}

	/**
	 * Changes what the request names, all or nothing. Disabling ends the account's browser sessions; its
	 * tokens are refused while it stays disabled. Before it is disabled, {@link AccountDisabling} lets the
	 * modules that need the account refuse (a case it is the only active owner of).
	 */
	@Transactional
	public ManagedAccount change(long actorId, Long organisationId, String username, AccountChange change) {
		Scope scope = scope(actorId, organisationId);
		UserAccount target = target(scope, username);
		UserAccount changed = target.withDetails(displayName(target, change.displayName()),
				change.email() == null ? target.email() : email(target.id(), change.email()));
		if (change.orgAdmin() != null) {
			changed = changed.withOrgAdmin(change.orgAdmin());
		}
		if (change.disabled() != null) {
			if (change.disabled() && !target.disabled() && target.id().equals(scope.actor().id())) {
				throw new AccountProblem(409, "organisation.disableSelf", "disabled");
			}
			changed = changed.withDisabled(change.disabled());
		}
		if (target.activeOrgAdmin() && !changed.activeOrgAdmin()) {
			keepOneAdministrator(scope.organisation(), change.orgAdmin() != null && !change.orgAdmin() ? "orgAdmin"
					: "disabled");
		}
		boolean disabling = changed.disabled() && !target.disabled();
		if (disabling) {
			events.publishEvent(new AccountDisabling(target.id(), target.username()));
		}
		accounts.save(changed);
		if (disabling) {
			sessions.endAll(target.id());
		}
		return ManagedAccount.of(changed);
	}

	/**
	 * Sets a password the administrator chose, for someone who forgot theirs: as after a password change, the
	 * account's sessions end and its tokens are revoked. One's own password is changed on one's account page,
	 * with the current password, so that a session left open cannot be used to take the account over.
	 */
	@Transactional
	public PasswordReset resetPassword(long actorId, Long organisationId, String username, String newPassword) {
		Scope scope = scope(actorId, organisationId);
		UserAccount target = target(scope, username);
		if (target.id().equals(scope.actor().id())) {
			throw new AccountProblem(409, "organisation.ownPassword", "newPassword");
		}
		int tokensRevoked = accounts.changePassword(target.id(), newPassword, false);
		return new PasswordReset(sessions.endAll(target.id()), tokensRevoked);
	}

	private Scope scope(long actorId, Long organisationId) {
		UserAccount actor = users.findById(actorId).filter(a -> !a.disabled() && (a.admin() || a.orgAdmin()))
				.orElseThrow(() -> new AccountProblem(403, "organisation.adminOnly"));
		long asked = organisationId == null ? actor.organisationId() : organisationId;
		if (!actor.admin() && asked != actor.organisationId()) {
			throw new AccountProblem(403, "organisation.ownOnly");
		}
		Organisation organisation = accounts.organisation(asked)
				.orElseThrow(() -> new AccountProblem(404, "organisation.notFound"));
		return new Scope(actor, organisation);
	}

	/** An account of the organisation; one elsewhere is as unknown as one that does not exist. */
	private UserAccount target(Scope scope, String username) {
		UserAccount target = accounts.findByUsername(username)
				.filter(u -> u.organisationId().equals(scope.organisation().id()))
				.orElseThrow(() -> new AccountProblem(404, "account.notFound"));
		if (target.admin() && !scope.actor().admin()) {
			throw new AccountProblem(403, "organisation.systemAdminAccount");
		}
		return target;
	}

	private void keepOneAdministrator(Organisation organisation, String field) {
		organisationUsers.lockOrganisation(organisation.id());
		if (organisationUsers.countActiveOrgAdmins(organisation.id()) <= 1) {
			throw new AccountProblem(409, "organisation.lastAdmin", field);
		}
	}

	private static String displayName(UserAccount target, String requested) {
		if (requested == null) {
			return target.displayName();
		}
		AccountService.checkVisibleText("displayName", requested);
		AccountService.checkLength("displayName", requested, AccountService.MAX_NAME_LENGTH);
		if (requested.isBlank()) {
			throw new AccountProblem(400, "organisation.displayNameRequired", "displayName");
		}
		return requested.strip();
	}

	/**
	 * The address to store for the account {@code id} ({@code -1} for a new one), or null for none: one
	 * address, no other account's address or name.
	 */
	private String email(long id, String requested) {
		if (requested == null || requested.isBlank()) {
			return null;
		}
		AccountService.checkVisibleText("email", requested);
		String email = requested.strip();
		if (email.length() > MAX_EMAIL_LENGTH) {
			throw new AccountProblem(400, "account.tooLong", "email", MAX_EMAIL_LENGTH);
		}
		if (!EMAIL.matcher(email).matches()) {
			throw new AccountProblem(400, "organisation.emailInvalid", "email");
		}
		if (organisationUsers.emailTakenByAnother(id, email)) {
			throw new AccountProblem(409, "organisation.emailTaken", "email");
		}
		return email;
	}
}
