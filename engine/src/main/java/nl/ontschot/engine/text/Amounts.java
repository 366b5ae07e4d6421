package nl.ontschot.engine.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How amounts are shown to people: Dutch notation {@code € 1.234.567} (cents only where they matter, as in
 * payments), and rounding of a row of figures so that the shown parts add up to the shown total.
 */
public final class Amounts {

	private Amounts() {
	}

	/** Whole euros: {@code € 1.234.567} in Dutch, {@code € 1,234,567} in English. */
	public static String euros(long wholeEuros, Locale locale) {
		return "€ " + pattern("#,##0", locale).format(wholeEuros);
	}

	/** Euros and cents: {@code € 1.234,56}. */
	public static String eurosAndCents(long cents, Locale locale) {
		return "€ " + pattern("#,##0.00", locale).format(cents / 100.0);
	}

	/** A number rounded to {@code decimals} places in the locale's notation: {@code 1.234,5}. */
	public static String number(double value, int decimals, Locale locale) {
		String fraction = decimals == 0 ? "" : "." + "0".repeat(decimals);
		return pattern("#,##0" + fraction, locale).format(value == 0 ? 0 : value);
	}

	/** A share as a percentage: {@code 12,5 %}. */
	public static String percent(double share, Locale locale) {
		return pattern("#,##0.##", locale).format(share * 100) + " %";
	}

	private static DecimalFormat pattern(String pattern, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		if (locale.getLanguage().equals("nl")) {
			symbols.setGroupingSeparator('.');
			symbols.setDecimalSeparator(',');
		}
		symbols.setMinusSign('-');
		return new DecimalFormat(pattern, symbols);
	}
}
