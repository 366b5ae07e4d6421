package nl.ontschot.engine.calculation;

import java.util.Arrays;

import nl.ontschot.engine.model.SettlementTerms;

/**
 * The settlement of calculation.md section 3: the settlement value x_i = Σ_t w(t) × (net_i(t) +
 * [includeCapacity] capacity_i(t)), the final values y of the method, and τ_i = y_i − x_i; per year on each
 * year's nominal figures when perYear, the horizon settlement then being Σ_t w(t) × τ_i(t).
 */
final class Settling {

	private Settling() {
	}

	/** Fills the evaluation's x, sourceValue, transfers and transfersPerYear. */
	static void settle(Evaluation e) {
		SettlementTerms terms = e.terms;
		int parties = e.parties;
		int years = e.years;
		int sources = e.sources();
		boolean capacity = terms.includeCapacity();
		Arrays.fill(e.x, 0);
		Arrays.fill(e.transfers, 0);
		Arrays.fill(e.transfersPerYear, 0);
		double[] yearX = e.yearX;
		double[] yearSources = e.yearSources;
		e.sourceValues(capacity);
		for (int t = 0; t < years; t++) {
			double w = e.weight[t];
			for (int i = 0; i < parties; i++) {
				yearX[i] = e.net[i * years + t] + (capacity ? e.ledger.get(i, t, Ledger.CAPACITY) : 0);
				e.x[i] += w * yearX[i];
			}
			if (terms.perYear()) {
				for (int k = 0; k < sources; k++) {
					yearSources[k] = e.sourceNet[k * years + t] + (capacity ? e.sourceCapacity[k * years + t] : 0);
				}
				double[] y = divide(e, yearX, yearSources, false);
				for (int i = 0; i < parties; i++) {
					double tau = y[i] - yearX[i];
					e.transfersPerYear[i * years + t] = tau;
					e.transfers[i] += w * tau;
				}
			}
		}
		if (!terms.perYear()) {
			double[] y = divide(e, e.x, e.sourceValue, true);
			for (int i = 0; i < parties; i++) {
				e.transfers[i] = y[i] - e.x[i];
			}
		}
	}

	/**
	 * The final values y of the chosen method, in the evaluation's buffer; {@code horizon} when the values are
	 * the evaluation's V_k over the horizon (SHAPLEY then moves only what a variant changed).
	 */
	private static double[] divide(Evaluation e, double[] x, double[] sourceValue, boolean horizon) {
		double[] y = e.finalValue;
		switch (e.terms.method()) {
			case NONE -> System.arraycopy(x, 0, y, 0, x.length);
			case KEY_SHARE -> FairDivision.keyShare(x, keyShares(e), y);
			case BREAK_EVEN -> FairDivision.breakEven(x, y);
			case SHAPLEY -> {
				if (horizon) {
					e.shapley(y);
				} else {
					FairDivision.shapley(e.requiredSets, sourceValue, y);
				}
			}
		}
		return y;
	}

	/** Each party's share in the KEY_SHARE key; equal shares over all parties when no key is named. */
	private static double[] keyShares(Evaluation e) {
		double[] share = e.partyShare;
		Arrays.fill(share, 0);
		if (e.terms.key().isEmpty()) {
			Arrays.fill(share, 1.0 / e.parties);
			return share;
		}
		int k = e.p.keyIndex.get(e.terms.key().get());
		int[] members = e.p.keys.get(k).parties();
		for (int j = 0; j < members.length; j++) {
			share[members[j]] = e.keyShares[k][j];
		}
		return share;
	}
}
