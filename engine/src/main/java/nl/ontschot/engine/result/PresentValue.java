package nl.ontschot.engine.result;

/** Discounted sums over the horizon. */
public record PresentValue(double net, double capacity, double societal) {

	public static final PresentValue ZERO = new PresentValue(0, 0, 0);

	public PresentValue plus(PresentValue o) {
		return new PresentValue(net + o.net, capacity + o.capacity, societal + o.societal);
	}
}
