package nl.ontschot.engine.result;

/**
 * One full year after implementation (effect 1, before capacityRelease): the huidige en toekomstige
 * situatie of one organisation.
 */
public record SteadyState(Side current, Side future, double structuralItemCosts, double structuralItemBenefits) {

	/** Expense (as financier), revenue and operating cost (as provider), and staff hours in one year. */
	public record Side(double expense, double revenue, double operatingCost, double hours) {
	}
}
