package nl.ontschot.app.workbook;

import nl.ontschot.engine.report.Figure;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.SteadyState;

/**
 * The engine's own values of a figure of the report model, unrounded: a workbook's cell holds the value and
 * its format rounds what is shown, so that a controller can add up cells without rounding differences.
 */
final class FigureValues {

	private FigureValues() {
	}

	/** The figure of a row ({@link nl.ontschot.engine.report.Row}) per year, as the report model takes it. */
	static double[] perYear(Figure figure, PartyResult party, double hoursPerFte) {
		return party.years().stream().mapToDouble(y -> inYear(figure, y, hoursPerFte)).toArray();
	}

	private static double inYear(Figure figure, PartyYear year, double hoursPerFte) {
		var f = year.flows();
		return switch (figure) {
			case INCIDENTAL_COSTS -> f.incidentalCosts();
			case STRUCTURAL_COSTS -> f.structuralCosts();
			case ITEM_BENEFITS -> f.itemBenefits();
			case REVENUE_CHANGE -> f.revenueChange();
			case OPERATING_COST_CHANGE -> f.operatingCostChange();
			case EXPENSE_CHANGE -> f.expenseChange();
			case ARRANGEMENT_TRANSFERS -> f.arrangementTransfers();
			case NET -> f.net();
			case CAPACITY -> f.capacity();
			// released hours: the hours no longer needed
			case HOURS -> -f.hoursChange();
			case FTE -> -f.hoursChange() / hoursPerFte;
			case SOCIETAL -> f.societal();
			case SETTLEMENT -> year.settlement();
			case NET_AFTER_SETTLEMENT -> year.netAfterSettlement();
			default -> throw new IllegalArgumentException("not a figure per year: " + figure);
		};
	}

	/** A figure of the current and future situation ({@link nl.ontschot.engine.report.SteadyRow}). */
	static double current(Figure figure, SteadyState s) {
		return switch (figure) {
			case EXPENSE -> s.current().expense();
			case REVENUE -> s.current().revenue();
			case OPERATING_COST -> s.current().operatingCost();
			case STAFF_HOURS -> s.current().hours();
			default -> throw new IllegalArgumentException("no current value: " + figure);
		};
	}

	static double future(Figure figure, SteadyState s) {
		return switch (figure) {
			case EXPENSE -> s.future().expense();
			case REVENUE -> s.future().revenue();
			case OPERATING_COST -> s.future().operatingCost();
			case STAFF_HOURS -> s.future().hours();
			case STRUCTURAL_ITEM_COSTS -> s.structuralItemCosts();
			case STRUCTURAL_ITEM_BENEFITS -> s.structuralItemBenefits();
			default -> throw new IllegalArgumentException("not a figure of the situation: " + figure);
		};
	}

	static double sum(double[] values) {
		double total = 0;
		for (double v : values) {
			total += v;
		}
		return total;
	}
}
