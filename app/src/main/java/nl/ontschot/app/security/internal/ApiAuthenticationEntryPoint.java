package nl.ontschot.app.security.internal;

import java.io.IOException;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.web.ApiErrorWriter;
import nl.ontschot.app.web.DatabaseUnavailable;

/** 401 for the API, in the API's error format, inviting HTTP Basic. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ApiErrorWriter errors;

	ApiAuthenticationEntryPoint(ApiErrorWriter errors) {
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (DatabaseUnavailable.causes(failure)) {
			// the account could not be looked up: not a wrong password, so no 401
			errors.writeDatabaseUnavailable(request, response);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Ontschot\", charset=\"UTF-8\"");
		errors.write(request, response, 401, failure instanceof LockedException ? "api.locked" : "api.unauthorized");
	}
}
