package nl.ontschot.engine.model;

/** The implementation period: the effect reaches its full size after {@code years} years. */
public record Implementation(int years, Curve curve) {

	public static final Implementation NONE = new Implementation(0, Curve.LINEAR);

	/** The effect curve f(t) of calculation.md section 3. */
	public double effect(int t) {
		if (years == 0) {
			return 1;
		}
		return switch (curve) {
			case LINEAR -> Math.min(1, (t + 1.0) / (years + 1.0));
			case STEP -> t < years ? 0 : 1;
		};
	}
}
