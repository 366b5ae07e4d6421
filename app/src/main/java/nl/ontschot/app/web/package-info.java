/**
 * What every feature's web layer shares: error answers of the API ({@link ApiError},
 * {@link ErrorAnswers}), {@link StatusException} for a request that cannot be done, dates and attachments as
 * the pages write them. Its controllers (home, login, language, case schema) and filters are in
 * {@code internal}.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "configuration" })
package nl.ontschot.app.web;

import org.springframework.modulith.ApplicationModule;
