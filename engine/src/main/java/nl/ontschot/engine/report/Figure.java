package nl.ontschot.engine.report;

import java.util.Locale;

/**
 * A party's figure as every output shows it (the command line's table, the overview page, the steering
 * group's report, the workbook), with its unit and its name in words: per year ({@link Row}), and in its
 * current and future situation ({@link SteadyRow}, the six after {@code NET_AFTER_SETTLEMENT}), and the net
 * in the plan, realised + plan and their difference ({@link RealisationReport}, the last three).
 */
public enum Figure {
	INCIDENTAL_COSTS(Unit.EURO), STRUCTURAL_COSTS(Unit.EURO), ITEM_BENEFITS(Unit.EURO), REVENUE_CHANGE(Unit.EURO),
	OPERATING_COST_CHANGE(Unit.EURO), EXPENSE_CHANGE(Unit.EURO), ARRANGEMENT_TRANSFERS(Unit.EURO), NET(Unit.EURO),
	CAPACITY(Unit.EURO), HOURS(Unit.HOURS), FTE(Unit.FTE), SOCIETAL(Unit.EURO), SETTLEMENT(Unit.EURO),
	NET_AFTER_SETTLEMENT(Unit.EURO),
	EXPENSE(Unit.EURO), REVENUE(Unit.EURO), OPERATING_COST(Unit.EURO), STAFF_HOURS(Unit.HOURS),
	STRUCTURAL_ITEM_COSTS(Unit.EURO), STRUCTURAL_ITEM_BENEFITS(Unit.EURO),
	PLANNED_NET(Unit.EURO), REALISED_NET(Unit.EURO), NET_VARIANCE(Unit.EURO);

	private final Unit unit;

	Figure(Unit unit) {
		this.unit = unit;
	}

	public Unit unit() {
		return unit;
	}

	/** Its name in words, Dutch first. */
	public String label(Locale locale) {
		return ReportTexts.get(locale, "figure." + name());
	}
}
