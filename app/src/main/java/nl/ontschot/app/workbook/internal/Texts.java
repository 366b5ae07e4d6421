package nl.ontschot.app.workbook.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;

import nl.ontschot.engine.text.Amounts;

/** The workbook's words in one language, from the app's message bundles (Dutch first). */
public record Texts(MessageSource messages, Locale locale) {

	String get(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** A number of a cell in this language's notation, all its decimals shown: {@code 1.234,5} in Dutch. */
	String number(double value) {
		int decimals = BigDecimal.valueOf(value).stripTrailingZeros().scale();
		return Amounts.number(value, Math.max(0, Math.min(decimals, 10)), locale);
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
