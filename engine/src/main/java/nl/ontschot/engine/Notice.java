package nl.ontschot.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem or warning about a place in a case: {@code path} points into the case
 * ({@code activities[2].future.volume}), {@code key} names the sentence in the engine's message bundle
 * and {@code args} fill it in. The sentence is rendered per locale, so the app and the command line can
 * speak Dutch or English from the same notice.
 */
public record Notice(String path, String key, List<Object> args) {

	private static final String BUNDLE = "nl.ontschot.engine.messages";

	public Notice {
		args = List.copyOf(args);
	}

	public static Notice of(String path, String key, Object... args) {
		return new Notice(path, key, List.of(args));
	}

	/** The plain sentence in the given language. */
	public String message(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
				.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		// an argument may itself be a notice (a formula's problem in a year): rendered in the same language
		Object[] rendered = args.stream().map(a -> a instanceof Notice n ? n.message(locale) : a).toArray();
		return new MessageFormat(bundle.getString(key), locale).format(rendered);
	}

	/** {@code path: message}, as the command line and the result's warnings show it. */
	public String line(Locale locale) {
		return path.isEmpty() ? message(locale) : path + ": " + message(locale);
	}
}
