package nl.ontschot.app.cases.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.web.ApiError;

/**
 * The case API's answer to a refused write: every refused change at its path; 400 when each is invalid
 * whoever writes it (an answer to no question), 403 otherwise.
 */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiErrors {

	private final MessageSource messages;

	CaseApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> refused(WriteRefusedException e, Locale locale) {
		int status = e.refusals().stream().allMatch(r -> r.reason().invalid) ? 400 : 403;
		return ResponseEntity.status(status).body(Map.of("errors", e.refusals().stream()
				.map(r -> new ApiError(r.path(), e.sentence(r, messages, locale))).toList()));
	}
}
