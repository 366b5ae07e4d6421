/**
 * The Excel workbook of a case: exported with its figures and read back, with only what was changed offline
 * applied ({@link Workbooks}, ADR 19). Reading, writing and the endpoints are in {@code internal}.
 */
@ApplicationModule(displayName = "Workbook",
		allowedDependencies = { "account", "cases", "instrument", "simulation", "web" })
package nl.ontschot.app.workbook;

import org.springframework.modulith.ApplicationModule;
