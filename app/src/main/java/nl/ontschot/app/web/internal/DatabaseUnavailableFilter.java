package nl.ontschot.app.web.internal;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.web.ApiErrorWriter;
import nl.ontschot.app.web.DatabaseUnavailable;

/**
 * Answers 503 with Retry-After when the database is unreachable before a controller is involved (the
 * security filters look up tokens and sessions' accounts); {@link ApiErrors} does the same for controllers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final ApiErrorWriter errors;

	DatabaseUnavailableFilter(ApiErrorWriter errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		} catch (ServletException | RuntimeException e) {
			if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
				throw e;
			}
			response.resetBuffer();
			errors.writeDatabaseUnavailable(request, response);
		}
	}
}
