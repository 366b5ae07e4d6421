package nl.ontschot.engine.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.DoubleStream;

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

	/**
	 * Rounds each value to whole units so that the rounded values add up to the rounded sum (largest
	 * remainder method; ties go to the earlier value).
	 */
	public static long[] roundAddingUp(double[] values) {
		double sum = DoubleStream.of(values).sum();
		long[] rounded = new long[values.length];
		long roundedSum = 0;
		for (int i = 0; i < values.length; i++) {
			rounded[i] = (long) Math.floor(values[i]);
			roundedSum += rounded[i];
		}
		long missing = Math.round(sum) - roundedSum;
		while (missing > 0) {
			int best = -1;
			for (int i = 0; i < values.length; i++) {
				double remainder = values[i] - rounded[i];
				if (remainder > 0 && (best < 0 || remainder > values[best] - rounded[best])) {
					best = i;
				}
			}
			if (best < 0) {
				break;
			}
			rounded[best]++;
			missing--;
		}
		return rounded;
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
