package nl.ontschot.engine.calculation;

/**
 * An activity or item as a source of value for SHAPLEY and the core check: per year what it adds to the
 * parties' net and capacity together, and the parties required to realise it (sorted party indices).
 */
record Source(int[] required, double[] net, double[] capacity) {

	/** What the source adds to the settlement value x of all parties together in year t. */
	double value(int t, boolean includeCapacity) {
		return includeCapacity ? net[t] + capacity[t] : net[t];
	}
}
