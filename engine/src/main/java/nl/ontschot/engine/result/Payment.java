package nl.ontschot.engine.result;

/** One payment of the settlement, in whole cents. */
public record Payment(String from, String to, long cents) {

	public double euros() {
		return cents / 100.0;
	}
}
