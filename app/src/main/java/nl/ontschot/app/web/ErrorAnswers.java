package nl.ontschot.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error statuses an API operation answers, each with an {@code ApiError} body, for the API description;
 * every API method has it ({@code @ErrorAnswers({})} for none but 401). 401 is not listed: every operation
 * under /api answers it without credentials.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ErrorAnswers {

	int[] value();
}
