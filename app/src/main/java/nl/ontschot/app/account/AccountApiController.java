package nl.ontschot.app.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import nl.ontschot.app.security.AccountPrincipal;

/** Accounts, organisations and personal API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountApiController {

	private final AccountService accounts;

	AccountApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	record Me(String username, String displayName, String organisation, boolean admin) {
	}

	record NewUser(String username, String displayName, String password, String organisation) {
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	record NewToken(String name) {
	}

	record TokenInfo(long id, String name, Instant createdAt, boolean revoked) {
	}

	record CreatedTokenView(long id, String name, String token) {
	}

	@GetMapping("/users/me")
	@Operation(summary = "Who the caller is")
	Me me(@AuthenticationPrincipal AccountPrincipal user) {
		String organisation = accounts.organisation(user.organisationId()).map(Organisation::name).orElse("");
		return new Me(user.username(), user.displayName(), organisation, user.admin());
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account in an organisation (admin only); the organisation is created when new")
	Me createUser(@AuthenticationPrincipal AccountPrincipal user, @RequestBody NewUser request) {
		if (!user.admin()) {
			throw new AccountProblem(403, "account.adminOnly");
		}
		UserAccount created = accounts.createUser(request.username(), request.displayName(), request.password(),
				request.organisation(), false);
		return new Me(created.username(), created.displayName(), request.organisation().strip(), false);
	}

	@PutMapping("/users/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change one's own password")
	void changePassword(@AuthenticationPrincipal AccountPrincipal user, @RequestBody PasswordChange request) {
		accounts.changePassword(user.userId(), request.currentPassword(), request.newPassword());
	}

	@GetMapping("/organisations")
	@Operation(summary = "The organisations")
	List<Map<String, Object>> organisations() {
		return accounts.organisations().stream().map(o -> Map.<String, Object>of("id", o.id(), "name", o.name()))
				.toList();
	}

	@GetMapping("/tokens")
	@Operation(summary = "The caller's personal API tokens (without their secret)")
	List<TokenInfo> tokens(@AuthenticationPrincipal AccountPrincipal user) {
		return accounts.tokens(user.userId()).stream()
				.map(t -> new TokenInfo(t.id(), t.name(), t.createdAt(), t.revoked())).toList();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a personal API token; its secret is shown once, use it as 'Authorization: Bearer ...'")
	CreatedTokenView createToken(@AuthenticationPrincipal AccountPrincipal user, @RequestBody NewToken request) {
		AccountService.CreatedToken created = accounts.createToken(user.userId(), request.name());
		return new CreatedTokenView(created.token().id(), created.token().name(), created.plainText());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a personal API token")
	void revokeToken(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id) {
		accounts.revokeToken(user.userId(), id);
	}
}
