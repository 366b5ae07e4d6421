package nl.ontschot.app.instrument.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import nl.ontschot.app.cases.ChangedMeanwhileException;
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;

/** Problems on the case pages become a page with a plain sentence, never a stack trace. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView status(StatusException e, Locale locale) {
		return page(e.status(), messages.getMessage(e.messageKey(), e.args(), locale));
	}

	/** The engine's sentences without their paths: a page never shows a place in the case format. */
	@ExceptionHandler
	ModelAndView invalid(InvalidCaseException e, Locale locale) {
		return page(400, messages.getMessage("page.notSaved", new Object[] { String.join("; ",
				e.problems().stream().map(p -> p.message(locale)).distinct().toList()) }, locale));
	}

	@ExceptionHandler
	ModelAndView refused(WriteRefusedException e, Locale locale) {
		return page(403, String.join(" ", e.refusals().stream().map(r -> e.sentence(r, messages, locale))
				.distinct().toList()));
	}

	@ExceptionHandler
	ModelAndView changedMeanwhile(ChangedMeanwhileException e, Locale locale) {
		return page(409, messages.getMessage("page.lineChangedMeanwhile", null, locale));
	}

	/** A form sent without what it needs, or with something else than it takes (crafted, not clicked). */
	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestPartException.class, MultipartException.class })
	ModelAndView badRequest(Exception e, Locale locale) {
		return page(400, messages.getMessage("page.badRequest", null, locale));
	}

	private static ModelAndView page(int status, String message) {
		return new ModelAndView("error", Map.of("status", status, "message", message), HttpStatus.valueOf(status));
	}
}
