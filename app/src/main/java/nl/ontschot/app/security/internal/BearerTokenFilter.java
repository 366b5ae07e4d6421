package nl.ontschot.app.security.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.UserAccount;

/** Authenticates API requests that carry {@code Authorization: Bearer <personal token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final AccountService accounts;
	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(AccountService accounts, AuthenticationEntryPoint entryPoint) {
		this.accounts = accounts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> user = accounts.userForToken(header.substring(PREFIX.length()).strip());
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
			return;
		}
		AccountPrincipal principal = AccountPrincipal.of(user.get());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
