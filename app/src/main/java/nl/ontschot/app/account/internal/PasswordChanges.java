package nl.ontschot.app.account.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.AccountProblem;
import nl.ontschot.app.account.AccountService;

/**
 * One's own password changed, from the API or the page alike: the current password checked through the
 * authentication manager (so that the login throttle counts these guesses too), the new one set, the
 * account's browser sessions ended and, unless asked otherwise, its personal tokens revoked.
 */
@Component
public class PasswordChanges {

	private final AccountService accounts;
	private final AuthenticationManager authenticationManager;
	private final AccountSessions sessions;

	PasswordChanges(AccountService accounts, AuthenticationManager authenticationManager, AccountSessions sessions) {
		this.accounts = accounts;
		this.authenticationManager = authenticationManager;
		this.sessions = sessions;
	}

	/** What a password change did besides changing the password. */
	public record PasswordChanged(int sessionsEnded, int tokensRevoked) {
	}

	public PasswordChanged change(AccountPrincipal user, String current, String replacement, boolean keepTokens,
			HttpServletRequest http) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
				user.username(), current);
		attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(http));
		try {
			authenticationManager.authenticate(attempt);
		} catch (LockedException e) {
			throw new AccountProblem(429, "account.tooManyAttempts", "currentPassword");
		} catch (BadCredentialsException e) {
			throw new AccountProblem(400, "account.currentPasswordWrong", "currentPassword");
		}
		int tokensRevoked = accounts.changePassword(user.userId(), replacement, keepTokens);
		return new PasswordChanged(sessions.endAll(user.userId()), tokensRevoked);
	}
}
