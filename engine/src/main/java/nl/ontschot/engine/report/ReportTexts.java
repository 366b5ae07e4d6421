package nl.ontschot.engine.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's names of figures, Dutch first. */
final class ReportTexts {

	private static final String BUNDLE = "nl.ontschot.engine.report.texts";

	private ReportTexts() {
	}

	static String get(Locale locale, String key, Object... args) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ENGLISH
				: Locale.forLanguageTag("nl"), ResourceBundle.Control.getNoFallbackControl(
						ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(args);
	}
}
