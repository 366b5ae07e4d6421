package nl.ontschot.engine.model;

/** One side (current or future) of an activity, per basis unit per year. */
public record Situation(double volume, double tariff, double unitCost, double hoursPerUnit) {

	/** What the financier pays the provider. */
	public double expense() {
		return volume * tariff;
	}

	/** What the units cost the provider. */
	public double operatingCost() {
		return volume * unitCost;
	}

	/** The staff hours the units take. */
	public double hours() {
		return volume * hoursPerUnit;
	}
}
