package nl.ontschot.app.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.web.ApiError;
import nl.ontschot.app.web.DatabaseUnavailable;
import nl.ontschot.app.web.PayloadTooLargeException;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;

/**
 * Every error of the REST API as {@code {"errors": [{"path", "message"}]}} in the caller's language.
 * Never a stack trace: what is unexpected is logged and answered with a plain sentence.
 */
@RestControllerAdvice
public class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSource messages;

	public ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	private ResponseEntity<Map<String, List<ApiError>>> answer(int status, List<ApiError> errors) {
		return ResponseEntity.status(status).body(Map.of("errors", errors));
	}

	private ResponseEntity<Map<String, List<ApiError>>> answer(int status, String key, Locale locale,
			Object... args) {
		return answer(status, List.of(new ApiError("", messages.getMessage(key, args, locale))));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> invalidCase(InvalidCaseException e, Locale locale) {
		return answer(400, e.problems().stream().map(p -> new ApiError(p.path(), p.message(locale))).toList());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> status(StatusException e, Locale locale) {
		return answer(e.status(), List.of(new ApiError(e.field(), messages.getMessage(e.messageKey(), e.args(), locale))));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> unreadable(HttpMessageNotReadableException e, Locale locale) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException) {
				return answer(413, "api.tooLarge", locale);
			}
		}
		return answer(400, "api.unreadable", locale);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> tooLarge(PayloadTooLargeException e, Locale locale) {
		return answer(413, "api.tooLarge", locale);
	}

	/**
	 * A file over the multipart limit. Spring reads a multipart body before it chooses a controller, so the
	 * pages' own advice (PageErrors, for page controllers) never sees this: a page gets the error page with the
	 * sentence about the file here, the API its JSON.
	 */
	@ExceptionHandler
	Object uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return answer(413, "api.tooLarge", locale);
		}
		return new ModelAndView("error", Map.of("status", 413, "message",
				messages.getMessage("page.fileTooLarge", null, locale)), HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> missingHeader(MissingRequestHeaderException e, Locale locale) {
		if (e.getHeaderName().equalsIgnoreCase("If-Match")) {
			return answer(HttpStatus.PRECONDITION_REQUIRED.value(), "api.ifMatchRequired", locale);
		}
		return answer(400, "api.unreadable", locale);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
		return answer(404, "api.notFound", locale);
	}

	/** A path nothing answers: JSON for the API, the error page for a browser. */
	@ExceptionHandler
	Object notFound(NoResourceFoundException e, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			return answer(404, "api.notFound", locale);
		}
		return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler
	Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, Locale locale) {
		return isApi(request) ? answer(405, "api.methodNotAllowed", locale) : page(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@ExceptionHandler
	Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, Locale locale) {
		return isApi(request) ? answer(415, "api.unsupportedMediaType", locale)
				: page(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	/**
	 * A request the firewall refuses when its parameters are read (a parameter name with a line break): crafted,
	 * never sent by a page or a well-behaved client.
	 */
	@ExceptionHandler
	Object rejected(RequestRejectedException e, HttpServletRequest request, Locale locale) {
		log.warn("Request refused: {}", e.getMessage());
		return isApi(request) ? answer(400, "api.unreadable", locale) : page(HttpStatus.BAD_REQUEST);
	}

	/** A page's request that no page sends (a crafted one): the error page, which calls it invalid. */
	private static ModelAndView page(HttpStatus status) {
		return new ModelAndView("error", Map.of("status", status.value()), status);
	}

	/**
	 * The unexpected, and the database being unreachable (stopped, restarting): that is a 503 with
	 * Retry-After, JSON for the API and the error page for a browser, since repeating the request helps.
	 */
	@ExceptionHandler
	public Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (DatabaseUnavailable.causes(e)) {
			log.warn("The database is unavailable: {}", e.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
			if (isApi(request)) {
				return answer(503, "api.databaseUnavailable", locale);
			}
			return new ModelAndView("error", Map.of("status", 503, "message",
					messages.getMessage("api.databaseUnavailable", null, locale)), HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
			// the browser went away (a page left before its answer came): nobody to answer, nothing wrong here
			log.debug("Client gone: {}", e.toString());
			return null;
		}
		log.error("Unexpected error in the API", e);
		return answer(500, "api.unexpected", locale);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
