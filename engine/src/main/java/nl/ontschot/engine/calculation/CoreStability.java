package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.List;

import nl.ontschot.engine.result.CoreCheck;

/**
 * The core check: would any group of parties (not empty, not all) be better off alone, that is, have
 * v(S) > Σ_{i∈S} y_i? Exact up to {@value #MAX_PARTIES} parties. Of equal shortfalls (within the tolerance)
 * the smallest group is reported (of those, the first found).
 */
final class CoreStability {

	static final int MAX_PARTIES = 20;
	private static final double TOLERANCE = 0.000001;

	private CoreStability() {
	}

	/**
	 * @param y        the final value of each party
	 * @param required per source the indices of its required parties
	 * @param value    per source its value V_k
	 */
	static CoreCheck check(List<String> parties, double[] y, List<int[]> required, double[] value) {
		int n = parties.size();
		if (n > MAX_PARTIES) {
			return CoreCheck.NOT_CHECKED;
		}
		// excess[S] starts as the value of the sources that need exactly S, minus y_i on each singleton {i};
		// the subset-sum transform then makes it v(S) − Σ_{i∈S} y_i for every S at once.
		int size = 1 << n;
		double[] excess = new double[size];
		for (int k = 0; k < value.length; k++) {
			int mask = 0;
			for (int i : required.get(k)) {
				mask |= 1 << i;
			}
			excess[mask] += value[k];
		}
		for (int i = 0; i < n; i++) {
			excess[1 << i] -= y[i];
		}
		for (int step = 1; step < size; step <<= 1) {
			for (int block = 0; block < size; block += step << 1) {
				for (int s = block + step, end = block + (step << 1); s < end; s++) {
					excess[s] += excess[s - step];
				}
			}
		}
		int worst = 0;
		double shortfall = 0;
		for (int s = 1; s < size - 1; s++) {
			if (excess[s] > TOLERANCE && (worst == 0 || isWorse(excess[s], s, shortfall, worst))) {
				shortfall = excess[s];
				worst = s;
			}
		}
		if (worst == 0) {
			return CoreCheck.STABLE;
		}
		List<String> coalition = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if ((worst & (1 << i)) != 0) {
				coalition.add(parties.get(i));
			}
		}
		return new CoreCheck(true, false, coalition, shortfall);
	}

	/** Whether coalition s with shortfall e is to be reported rather than the one found so far. */
	static boolean isWorse(double e, int s, double shortfall, int worst) {
		return e > shortfall + TOLERANCE
				|| e > shortfall - TOLERANCE && Integer.bitCount(s) < Integer.bitCount(worst);
	}
}
