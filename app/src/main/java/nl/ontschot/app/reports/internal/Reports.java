package nl.ontschot.app.reports.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.ontschot.app.reports.PdfReport;

/** The reports of the server: made by the same plain classes as those of the command line. */
@Configuration(proxyBeanMethods = false)
class Reports {

	@Bean
	PdfReport pdfReport(MessageSource messages) {
		return new PdfReport(messages);
	}

	/** English when asked for by name, else the language of the request (Dutch unless the browser asks English). */
	static Locale language(String asked, Locale request) {
		if ("en".equals(asked)) {
			return Locale.ENGLISH;
		}
		if ("nl".equals(asked)) {
			return Locale.forLanguageTag("nl-NL");
		}
		return request;
	}
}
