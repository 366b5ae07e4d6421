package nl.ontschot.app.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person, as controllers receive it with {@code @AuthenticationPrincipal}. */
public record AccountPrincipal(long userId, String username, String passwordHash, String displayName,
		long organisationId, boolean admin) implements UserDetails {

	public static AccountPrincipal of(UserAccount user) {
		return new AccountPrincipal(user.id(), user.username(), user.passwordHash(), user.displayName(),
				user.organisationId(), user.admin());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	/** Without the password hash, so that it never ends up in a log or a session dump by accident. */
	@Override
	public String toString() {
		return "AccountPrincipal[" + username + "]";
	}
}
