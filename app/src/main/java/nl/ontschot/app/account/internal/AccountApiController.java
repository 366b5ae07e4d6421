package nl.ontschot.app.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.AccountProblem;
import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.account.UserAccount;
import nl.ontschot.app.web.ErrorAnswers;

/** Accounts, organisations and personal API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Accounts, organisations and personal API tokens")
class AccountApiController {

	private final AccountService accounts;
	private final PasswordChanges passwords;

	AccountApiController(AccountService accounts, PasswordChanges passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	/** {@code email} is null when the account has none; {@code orgAdmin}: manages its organisation's accounts. */
	record Me(String username, String displayName, String organisation, boolean admin, String email,
			boolean orgAdmin) {
	}

	record NewUser(String username, String displayName, String password, String organisation) {
	}

	/** {@code keepTokens}: whether the personal tokens stay valid; by default they are revoked. */
	record PasswordChange(String currentPassword, String newPassword, Boolean keepTokens) {
	}

	record NewToken(String name) {
	}

	record TokenInfo(long id, String name, Instant createdAt, boolean revoked) {
	}

	record CreatedTokenView(long id, String name, String token) {
	}

	@GetMapping("/users/me")
	@Operation(summary = "Who the caller is")
	@ErrorAnswers({})
	Me me(@AuthenticationPrincipal AccountPrincipal user) {
		String organisation = accounts.organisation(user.organisationId()).map(Organisation::name).orElse("");
		// the e-mail address and the role as they are now: an administrator may have changed them since login
		Optional<UserAccount> account = accounts.findById(user.userId());
		return new Me(user.username(), account.map(UserAccount::displayName).orElse(user.displayName()),
				organisation, user.admin(), account.map(UserAccount::email).orElse(null),
				account.map(UserAccount::orgAdmin).orElse(false));
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account in an organisation (system administrator only); the organisation, "
			+ "matched ignoring case, is created when new")
	@ErrorAnswers({ 400, 403, 409, 413, 415 })
	Me createUser(@AuthenticationPrincipal AccountPrincipal user, @RequestBody NewUser request) {
		if (!user.admin()) {
			throw new AccountProblem(403, "account.adminOnly");
		}
		UserAccount created = accounts.createUser(request.username(), request.displayName(), request.password(),
				request.organisation(), false);
		// the organisation's name as it was first written: "gemeente" is added to "Gemeente"
		String organisation = accounts.organisation(created.organisationId()).map(Organisation::name).orElseThrow();
		return new Me(created.username(), created.displayName(), organisation, false, created.email(),
				created.orgAdmin());
	}

	@PutMapping("/users/me/password")
	@Operation(summary = "Change one's own password; ends the account's browser sessions and revokes its personal "
			+ "tokens unless keepTokens is true")
	@ErrorAnswers({ 400, 413, 415, 429 })
	PasswordChanges.PasswordChanged changePassword(@AuthenticationPrincipal AccountPrincipal user,
			@RequestBody PasswordChange request, HttpServletRequest http) {
		return passwords.change(user, request.currentPassword(), request.newPassword(),
				Boolean.TRUE.equals(request.keepTokens()), http);
	}

	@GetMapping("/organisations")
	@Operation(summary = "All organisations (system administrator only)")
	@ErrorAnswers(403)
	List<Map<String, Object>> organisations(@AuthenticationPrincipal AccountPrincipal user) {
		if (!user.admin()) {
			throw new AccountProblem(403, "account.adminOnlyOrganisations");
		}
		return accounts.organisations().stream().map(o -> Map.<String, Object>of("id", o.id(), "name", o.name()))
				.toList();
	}

	@GetMapping("/tokens")
	@Operation(summary = "The caller's personal API tokens (without their secret)")
	@ErrorAnswers({})
	List<TokenInfo> tokens(@AuthenticationPrincipal AccountPrincipal user) {
		return accounts.tokens(user.userId()).stream()
				.map(t -> new TokenInfo(t.id(), t.name(), t.createdAt(), t.revoked())).toList();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a personal API token; its secret is shown once, use it as 'Authorization: Bearer ...'")
	@ErrorAnswers({ 400, 413, 415 })
	CreatedTokenView createToken(@AuthenticationPrincipal AccountPrincipal user, @RequestBody NewToken request) {
		AccountService.CreatedToken created = accounts.createToken(user.userId(), request.name());
		return new CreatedTokenView(created.token().id(), created.token().name(), created.plainText());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a personal API token")
	@ErrorAnswers(404)
	void revokeToken(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id) {
		accounts.revokeToken(user.userId(), id);
	}
}
