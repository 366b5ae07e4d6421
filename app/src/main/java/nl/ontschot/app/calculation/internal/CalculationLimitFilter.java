package nl.ontschot.app.calculation.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.web.ApiErrorWriter;

/**
 * Lets the requests that calculate a case (the calculation API, a case's result, the instrument's pages and
 * field saves) through the {@link CalculationGate}; the others pass freely. A request that finds no turn
 * gets 503 with Retry-After.
 */
public class CalculationLimitFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 2;
	private static final Pattern CALCULATING = Pattern
			.compile("/api/v1/calculations|/api/v1/cases/[^/]+/result|/cases/[^/]+(/.*)?");

	private final CalculationGate gate;
	private final ApiErrorWriter errors;

	public CalculationLimitFilter(CalculationGate gate, ApiErrorWriter errors) {
		this.gate = gate;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CALCULATING.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean entered;
		try {
			entered = gate.enter();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			entered = false;
		}
		if (!entered) {
			response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				errors.write(request, response, 503, "api.busy");
			} else {
				response.sendError(503);
			}
			return;
		}
		try {
			chain.doFilter(request, response);
		} finally {
			gate.leave();
		}
	}
}
