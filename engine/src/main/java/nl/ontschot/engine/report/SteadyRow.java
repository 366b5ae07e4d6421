package nl.ontschot.engine.report;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * A party's current and future situation in one full year after implementation (calculation.md 4,
 * {@code steadyState}), as shown; structural items have a future value only.
 */
public record SteadyRow(Figure figure, OptionalLong current, long future) {

	/** The figures of the steady state. */
	public enum Figure {
		EXPENSE(Unit.EURO), REVENUE(Unit.EURO), OPERATING_COST(Unit.EURO), HOURS(Unit.HOURS),
		STRUCTURAL_ITEM_COSTS(Unit.EURO), STRUCTURAL_ITEM_BENEFITS(Unit.EURO);

		private final Unit unit;

		Figure(Unit unit) {
			this.unit = unit;
		}

		public Unit unit() {
			return unit;
		}

		public String label(Locale locale) {
			return ReportTexts.get(locale, "steady." + name());
		}
	}

	static SteadyRow of(Figure figure, double current, double future) {
		return new SteadyRow(figure, OptionalLong.of(figure.unit().round(current)), figure.unit().round(future));
	}

	static SteadyRow future(Figure figure, double future) {
		return new SteadyRow(figure, OptionalLong.empty(), figure.unit().round(future));
	}

	/** The current value in words; empty when the figure has none. */
	public String currentText(Locale locale) {
		return current.isPresent() ? figure.unit().text(current.getAsLong(), locale) : "";
	}

	public String futureText(Locale locale) {
		return figure.unit().text(future, locale);
	}
}
