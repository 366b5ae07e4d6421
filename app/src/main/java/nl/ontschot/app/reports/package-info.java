/**
 * Documents a steering group decides on: the PDF report of a case ({@link PdfReport}), also from the
 * command line ({@link ReportCommand}). The download endpoints are in {@code internal}.
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "account", "cases", "instrument", "simulation", "web", "workbook" })
package nl.ontschot.app.reports;

import org.springframework.modulith.ApplicationModule;
