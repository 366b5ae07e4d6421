package nl.ontschot.app.security.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.ontschot.app.account.AccountService;

/**
 * Password login (form and HTTP Basic, and the current password on a password change) behind the login
 * throttle: the attempt is reserved before the password is checked, so parallel requests cannot get more
 * checks than the throttle allows.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress()
				: null;
		LoginThrottle.Attempt attempt = throttle.reserve(authentication.getName(), address)
				.orElseThrow(() -> new LockedException("Too many failed logins"));
		// a longer password was never accepted, so it cannot match; bcrypt would refuse it with an exception
		if (tooLong(authentication.getCredentials())) {
			attempt.failed();
			throw new BadCredentialsException("Password longer than bcrypt reads");
		}
		boolean reported = false;
		try {
			Authentication result = passwords.authenticate(authentication);
			attempt.succeeded();
			reported = true;
			return result;
		} catch (BadCredentialsException e) {
			attempt.failed();
			reported = true;
			throw e;
		} finally {
			if (!reported) {
				attempt.abandoned();
			}
		}
	}

	private static boolean tooLong(Object credentials) {
		return credentials instanceof String password
				&& password.getBytes(StandardCharsets.UTF_8).length > AccountService.MAX_PASSWORD_BYTES;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
