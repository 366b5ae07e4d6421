package nl.ontschot.engine.report;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A party's current and future situation in one full year after implementation (calculation.md 4,
 * {@code steadyState}), as shown and as the engine has it ({@code exactCurrent}, {@code exactFuture});
 * structural items have a future value only.
 */
public record SteadyRow(Figure figure, OptionalLong current, long future, OptionalDouble exactCurrent,
		double exactFuture) {

	static SteadyRow of(Figure figure, double current, double future) {
		return new SteadyRow(figure, OptionalLong.of(figure.unit().round(current)), figure.unit().round(future),
				OptionalDouble.of(current), future);
	}

	static SteadyRow future(Figure figure, double future) {
		return new SteadyRow(figure, OptionalLong.empty(), figure.unit().round(future), OptionalDouble.empty(),
				future);
	}

	/** The current value in words; empty when the figure has none. */
	public String currentText(Locale locale) {
		return current.isPresent() ? figure.unit().text(current.getAsLong(), locale) : "";
	}

	public String futureText(Locale locale) {
		return figure.unit().text(future, locale);
	}
}
