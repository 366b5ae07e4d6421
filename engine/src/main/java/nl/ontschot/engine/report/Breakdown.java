package nl.ontschot.engine.report;

/**
 * A figure already shown, broken down (a party's net over the financing domains, a settlement over the
 * parties): each part in whole euros on its own (half away from zero), and where those do not add up to the
 * figure shown, the parts whose rounding lost the most moved by one euro each (largest remainder) until they
 * do. The breakdown never disagrees with the figure; a part stays within a euro of its exact value, or (when
 * the figure is itself a row's total of rounded years) within what that total is off.
 */
final class Breakdown {

	private Breakdown() {
	}

	/**
	 * The parts of {@code whole}, shown as {@code shown}. Parts that do not make up the whole (beyond a cent)
	 * are not forced to its figure: they add up to their own sum, rounded.
	 */
	static long[] of(double[] parts, double whole, long shown) {
		double sum = 0;
		for (double part : parts) {
			sum += part;
		}
		if (Math.abs(sum - whole) > CENT) {
			return of(parts, Unit.EURO.round(sum), parts.length);
		}
		// the figure shown may itself be a sum of rounded values (a row's total), off by more than the parts are
		return of(parts, shown, parts.length + (long) Math.ceil(Math.abs(shown - whole)));
	}

	private static final double CENT = 0.01;

	private static long[] of(double[] parts, long shown, long mostMissing) {
		long[] rounded = new long[parts.length];
		long sum = 0;
		for (int i = 0; i < parts.length; i++) {
			rounded[i] = Unit.EURO.round(parts[i]);
			sum += rounded[i];
		}
		long missing = shown - sum;
		// more missing than rounding can explain: the parts are not of this figure
		if (Math.abs(missing) > mostMissing) {
			return rounded;
		}
		while (missing != 0) {
			int step = missing > 0 ? 1 : -1;
			int best = 0;
			double lost = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < parts.length; i++) {
				// what moving this part a euro towards the figure costs least: the one rounded furthest away
				double gap = step * (parts[i] - rounded[i]);
				if (gap > lost) {
					lost = gap;
					best = i;
				}
			}
			rounded[best] += step;
			missing -= step;
		}
		return rounded;
	}
}
