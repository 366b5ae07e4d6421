package nl.ontschot.app.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.web.internal.ApiErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an API error where no controller is involved (security filters, the request size limit), in the
 * same format as {@link ApiErrors}: {@code {"errors": [{"path": "", "message": "..."}]}}.
 */
@Component
public class ApiErrorWriter {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	public ApiErrorWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** 503 for a database that cannot be reached right now, with how long to wait before trying again. */
	public void writeDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
		write(request, response, 503, "api.databaseUnavailable");
	}

	public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
			throws IOException {
		String message = messages.getMessage(messageKey, null, locales.resolveLocale(request));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(
				Map.of("errors", List.of(new ApiError("", message)))));
	}
}
