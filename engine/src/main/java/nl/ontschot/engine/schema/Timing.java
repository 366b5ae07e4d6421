package nl.ontschot.engine.schema;

/**
 * When a numeric field takes its value (calculation.md 6.2): in every year, or once for the whole case, in
 * year index 0 of the plan.
 */
public enum Timing {
	PER_YEAR, ONCE
}
