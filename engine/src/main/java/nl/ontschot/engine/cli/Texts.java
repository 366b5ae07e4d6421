package nl.ontschot.engine.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's sentences, Dutch first. */
final class Texts {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
	private static final String BUNDLE = "nl.ontschot.engine.cli.texts";

	private Texts() {
	}

	static String get(Locale locale, String key, Object... args) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(args);
	}
}
