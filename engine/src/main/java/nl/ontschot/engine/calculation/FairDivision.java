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

	/** KEY_SHARE: y_i = X × share_i, into y. */
	static void keyShare(double[] x, double[] share, double[] y) {
		double total = total(x);
		for (int i = 0; i < x.length; i++) {
			y[i] = total * share[i];
		}
	}

	/**
	 * BREAK_EVEN ("niemand gaat erop achteruit"): a positive total goes to the parties that gain, in
	 * proportion to their gain; a negative total is borne by the parties that lose, in proportion to their
	 * loss.
	 */
	static void breakEven(double[] x, double[] y) {
		double total = total(x);
		double direction = total >= 0 ? 1 : -1;
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			sum += Math.max(0, direction * x[i]);
		}
		for (int i = 0; i < x.length; i++) {
			y[i] = sum > 0 ? total * Math.max(0, direction * x[i]) / sum : 0;
		}
	}

	/**
	 * SHAPLEY: every source's value is shared equally by the parties required to realise it, which is the
	 * Shapley value of the game v(S) = Σ_{k: T_k ⊆ S} V_k. Into y.
	 */
	static double[] shapley(int parties, List<int[]> required, double[] value) {
		double[] y = new double[parties];
		shapley(required, value, y);
		return y;
	}

	/** As {@link #shapley(int, List, double[])}, into y (reused from one evaluation to the next). */
	static void shapley(List<int[]> required, double[] value, double[] y) {
		java.util.Arrays.fill(y, 0);
		for (int k = 0; k < value.length; k++) {
			int[] members = required.get(k);
			double share = value[k] / members.length;
			for (int i : members) {
				y[i] += share;
			}
		}
	}
}
