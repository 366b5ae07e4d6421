/**
 * The instrument in the browser: the step pages of a case (gesprek, partijen, kengetallen, activiteiten,
 * overzicht, verdeling, afspraken, scenario's, realisatie, onzekerheid, geschiedenis), driven by the engine's
 * case schema. Its API is what other features show of a case: {@link FieldViews} (a field and a line in
 * words), {@link StepPages} (the frame around every step) and {@link SteeringReport} (the figures of the
 * steering group's report). Controllers and figure tables are in {@code internal}.
 */
@ApplicationModule(displayName = "Instrument",
		allowedDependencies = { "account", "cases", "simulation", "templates", "web" })
package nl.ontschot.app.instrument;

import org.springframework.modulith.ApplicationModule;
