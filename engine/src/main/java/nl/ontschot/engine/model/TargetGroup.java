package nl.ontschot.engine.model;

/**
 * The people an innovation is for; {@code name} and {@code description} are empty when not given.
 * Participants P = population × reachRate; successes S = P × successRate (per year, calculation.md 6.2).
 */
public record TargetGroup(String id, String name, String description, Quantity population, Quantity reachRate,
		Quantity successRate) {
}
