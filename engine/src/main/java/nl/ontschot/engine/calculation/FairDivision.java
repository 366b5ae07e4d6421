package nl.ontschot.engine.calculation;

import java.util.List;


/**
 * The settlement methods of calculation.md section 3: each turns the parties' settlement values x into
 * final values y with the same sum.
 */
final class FairDivision {

	private FairDivision() {
	}

	static double total(double[] x) {
		double sum = 0;
		for (double v : x) {
			sum += v;
		}
		return sum;
	}

	/** KEY_SHARE: y_i = X × share_i. */
	static double[] keyShare(double[] x, double[] share) {
		double total = total(x);
		double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			y[i] = total * share[i];
		}
		return y;
	}

	/**
	 * BREAK_EVEN ("niemand gaat erop achteruit"): a positive total goes to the parties that gain, in
	 * proportion to their gain; a negative total is borne by the parties that lose, in proportion to their
	 * loss.
	 */
	static double[] breakEven(double[] x) {
		double total = total(x);
		double direction = total >= 0 ? 1 : -1;
		double[] weight = new double[x.length];
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			weight[i] = Math.max(0, direction * x[i]);
			sum += weight[i];
		}
		double[] y = new double[x.length];
		if (sum > 0) {
			for (int i = 0; i < x.length; i++) {
				y[i] = total * weight[i] / sum;
			}
		}
		return y;
	}

	/**
	 * SHAPLEY: every source's value is shared equally by the parties required to realise it, which is the
	 * Shapley value of the game v(S) = Σ_{k: T_k ⊆ S} V_k.
	 */
	static double[] shapley(int parties, List<int[]> required, double[] value) {
		double[] y = new double[parties];
		for (int k = 0; k < value.length; k++) {
			int[] members = required.get(k);
			double share = value[k] / members.length;
			for (int i : members) {
				y[i] += share;
			}
		}
		return y;
	}
}
