package nl.ontschot.app.workbook;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The workbook's words in one language, from the app's message bundles (Dutch first). */
record Texts(MessageSource messages, Locale locale) {

	String get(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** A choice of a closed set in words, as the pages show it ({@code choice.HEALTH_INSURER}). */
	String choice(String constant) {
		return messages.getMessage("choice." + constant, null, constant, locale);
	}

	/** The same text in the other language the workbook may have been written in. */
	Texts other() {
		return new Texts(messages, locale.getLanguage().equals("en") ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
	}
}
