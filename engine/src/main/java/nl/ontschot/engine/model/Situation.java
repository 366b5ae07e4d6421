package nl.ontschot.engine.model;

/**
 * One side (current or future) of an activity, per basis unit per year. A future field that the case does not
 * give is the very same {@link Quantity} as the current one: the default "= current" follows current.
 */
public record Situation(Quantity volume, Quantity tariff, Quantity unitCost, Quantity hoursPerUnit) {

	public static final Situation NONE = new Situation(Quantity.of(0), Quantity.of(0), Quantity.of(0), Quantity.of(0));
}
