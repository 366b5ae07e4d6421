package nl.ontschot.engine.report;

import java.util.Locale;

import nl.ontschot.engine.text.Amounts;

/**
 * What a row counts and in which steps it is rounded: whole euros, whole hours, tenths of an fte.
 */
public enum Unit {
	EURO(1, 0), HOURS(1, 0), FTE(10, 1);

	/** Steps per unit: a shown value is a whole number of steps. */
	private final int steps;
	private final int decimals;

	Unit(int steps, int decimals) {
		this.steps = steps;
		this.decimals = decimals;
	}

	/**
	 * A value in whole steps, half away from zero: a cost and the same benefit look the same apart from their
	 * sign.
	 */
	public long round(double value) {
		return (long) Math.signum(value) * Math.round(Math.abs(value) * steps);
	}

	/** A number of steps as the reader sees it: {@code € 1.234}, {@code 1.234}, {@code 2,5}. */
	public String text(long stepsShown, Locale locale) {
		return this == EURO ? Amounts.euros(stepsShown, locale)
				: Amounts.number(stepsShown / (double) steps, decimals, locale);
	}

	/** A number of steps as a plain number (euros, hours, fte), for a workbook's cell. */
	public double value(long stepsShown) {
		return stepsShown / (double) steps;
	}
}
