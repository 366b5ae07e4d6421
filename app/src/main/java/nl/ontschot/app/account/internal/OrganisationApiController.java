package nl.ontschot.app.account.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.web.ErrorAnswers;

/**
 * The accounts of one's organisation over the API, for its administrators; the system administrator names
 * any organisation with {@code ?organisation=ID}. The rules are {@link OrganisationAccounts}'.
 */
@RestController
@RequestMapping("/api/v1/organisation/users")
@Tag(name = "Organisation", description = "The accounts of one's organisation, for its administrators")
class OrganisationApiController {

	private static final String ORGANISATION = "The organisation's id; without it, the caller's own. Only the "
			+ "system administrator may name another.";

	private final OrganisationAccounts organisationAccounts;

	OrganisationApiController(OrganisationAccounts organisationAccounts) {
		this.organisationAccounts = organisationAccounts;
	}

	record NewPassword(String newPassword) {
	}

	@GetMapping
	@Operation(summary = "The accounts of the organisation (its administrators, or the system administrator)")
	@ErrorAnswers({ 403, 404 })
	List<ManagedAccount> accounts(@AuthenticationPrincipal AccountPrincipal user,
			@Parameter(description = ORGANISATION) @RequestParam(required = false) Long organisation) {
		return organisationAccounts.list(user.userId(), organisation);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account in the organisation; the e-mail address is optional and unique")
	@ErrorAnswers({ 400, 403, 404, 409, 413, 415 })
	ManagedAccount createAccount(@AuthenticationPrincipal AccountPrincipal user,
			@Parameter(description = ORGANISATION) @RequestParam(required = false) Long organisation,
			@RequestBody NewAccount request) {
		return organisationAccounts.create(user.userId(), organisation, request);
	}

	@PatchMapping("/{username}")
	@Operation(summary = "Change an account of the organisation: display name, e-mail address, organisation "
			+ "administrator, disabled", description = "Fields left out stay as they are; an empty email removes "
					+ "the address. Disabling ends the account's browser sessions and refuses its tokens until it is "
					+ "enabled again. The organisation's last active administrator stays one (409).")
	@ErrorAnswers({ 400, 403, 404, 409, 413, 415 })
	ManagedAccount changeAccount(@AuthenticationPrincipal AccountPrincipal user,
			@Parameter(description = ORGANISATION) @RequestParam(required = false) Long organisation,
			@PathVariable String username, @RequestBody AccountChange request) {
		return organisationAccounts.change(user.userId(), organisation, username, request);
	}

	@PostMapping("/{username}/password")
	@Operation(summary = "Set a new password for an account of the organisation; ends its browser sessions and "
			+ "revokes its personal tokens. One's own password is changed with PUT /api/v1/users/me/password.")
	@ErrorAnswers({ 400, 403, 404, 409, 413, 415 })
	OrganisationAccounts.PasswordReset resetPassword(@AuthenticationPrincipal AccountPrincipal user,
			@Parameter(description = ORGANISATION) @RequestParam(required = false) Long organisation,
			@PathVariable String username, @RequestBody NewPassword request) {
		return organisationAccounts.resetPassword(user.userId(), organisation, username, request.newPassword());
	}
}
