package nl.ontschot.engine.model;

/** The people an innovation is for; {@code name} and {@code description} are empty when not given. */
public record TargetGroup(String id, String name, String description, double population, double reachRate,
		double successRate) {

	/** P = population × reachRate. */
	public double participants() {
		return population * reachRate;
	}

	/** S = P × successRate. */
	public double successes() {
		return participants() * successRate;
	}

	/** The scale m of a line counted per {@code basis} of this group. */
	public double scale(Basis basis) {
		return switch (basis) {
			case TOTAL -> 1;
			case PER_PARTICIPANT -> participants();
			case PER_SUCCESS -> successes();
		};
	}
}
