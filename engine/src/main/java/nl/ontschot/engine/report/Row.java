package nl.ontschot.engine.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * A figure of a party per year, as shown: each year rounded on its own in whole steps of its unit, half away
 * from zero, so that equal years look equal and a cost looks like the same benefit; the total is the sum of
 * what is shown, so that the row adds up (it may differ from the exactly rounded total by less than half a step
 * per year). ADR 8. Beside it the engine's own values ({@code exact}), for a workbook whose cells round only
 * in their format.
 */
public record Row(Figure figure, List<Long> years, long total, List<Double> exact) {

	public Row {
		years = List.copyOf(years);
		exact = List.copyOf(exact);
	}

	static Row of(Figure figure, double[] values) {
		long[] shown = Arrays.stream(values).mapToLong(figure.unit()::round).toArray();
		return new Row(figure, Arrays.stream(shown).boxed().toList(), LongStream.of(shown).sum(),
				Arrays.stream(values).boxed().toList());
	}

	/** The sum of the engine's values over the years. */
	public double exactTotal() {
		return exact.stream().mapToDouble(Double::doubleValue).sum();
	}

	/** The value of year t (index in the horizon) in words. */
	public String text(int t, Locale locale) {
		return figure.unit().text(years.get(t), locale);
	}

	public String totalText(Locale locale) {
		return figure.unit().text(total, locale);
	}
}
