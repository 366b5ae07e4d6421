package nl.ontschot.app.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.ontschot.app.web.ApiError;

/** The case API's answer to a refused write: 403 with every refused change, each at its path. */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiErrors {

	private final MessageSource messages;

	CaseApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, List<ApiError>>> refused(WriteRefusedException e, Locale locale) {
		return ResponseEntity.status(403).body(Map.of("errors", e.refusals().stream()
				.map(r -> new ApiError(r.path(), e.sentence(r, messages, locale))).toList()));
	}
}
