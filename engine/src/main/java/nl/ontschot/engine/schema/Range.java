package nl.ontschot.engine.schema;

/**
 * The values a numeric field may take: from {@code min} to {@code max}; with {@code minExclusive} the field
 * must be more than {@code min} (hoursPerFte, shares).
 */
public record Range(double min, double max, boolean minExclusive) {

	public static final double MAX_MAGNITUDE = 1e12;
	public static final Range ANY = new Range(-MAX_MAGNITUDE, MAX_MAGNITUDE, false);
	public static final Range NON_NEGATIVE = new Range(0, MAX_MAGNITUDE, false);
	public static final Range POSITIVE = new Range(0, MAX_MAGNITUDE, true);
	public static final Range FRACTION = new Range(0, 1, false);

	public static Range between(double min, double max) {
		return new Range(min, max, false);
	}

	public boolean contains(double v) {
		return (minExclusive ? v > min : v >= min) && v <= max;
	}

	/** Whether v is too small (else, when not contained, too large). */
	public boolean below(double v) {
		return minExclusive ? v <= min : v < min;
	}
}
