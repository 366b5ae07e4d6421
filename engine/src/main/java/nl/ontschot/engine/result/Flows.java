package nl.ontschot.engine.result;

/**
 * The money (and time) a case moves for one party in one year, or summed over years or parties. All in
 * euros except {@code hoursChange}. {@code incidentalCosts + structuralCosts = itemCosts}.
 */
public record Flows(double itemCosts, double itemBenefits, double revenueChange, double operatingCostChange,
		double expenseChange, double arrangementTransfers, double net, double capacity, double societal,
		double hoursChange, double incidentalCosts, double structuralCosts) {

	public static final Flows ZERO = new Flows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	public Flows plus(Flows o) {
		return new Flows(itemCosts + o.itemCosts, itemBenefits + o.itemBenefits, revenueChange + o.revenueChange,
				operatingCostChange + o.operatingCostChange, expenseChange + o.expenseChange,
				arrangementTransfers + o.arrangementTransfers, net + o.net, capacity + o.capacity,
				societal + o.societal, hoursChange + o.hoursChange, incidentalCosts + o.incidentalCosts,
				structuralCosts + o.structuralCosts);
	}
}
