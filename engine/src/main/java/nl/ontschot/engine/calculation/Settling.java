package nl.ontschot.engine.calculation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.SettlementResult;

/** Applies the case's settlement terms to the calculated flows. */
final class Settling {

	/**
	 * @param transfers per party τ_i in the settlement's basis
	 * @param perYear   per party and year τ_i(t) when settling per year, else zeros
	 * @param weight    per year w(t): the discount factor for PV, 1 for NOMINAL
	 */
	record Outcome(SettlementResult result, double[] transfers, double[][] perYear, double[] weight) {
	}

	private final Case c;
	private final Ledger ledger;
	private final List<Source> sources;
	private final Allocation allocation;
	private final SettlementTerms terms;
	private final int parties;
	private final int years;
	private final List<String> partyIds;
	private final List<int[]> required;

	Settling(Case c, Ledger ledger, List<Source> sources, Allocation allocation) {
		this.c = c;
		this.ledger = ledger;
		this.sources = sources;
		this.allocation = allocation;
		this.terms = c.settlement();
		this.parties = c.parties().size();
		this.years = c.horizonYears();
		this.partyIds = c.parties().stream().map(Party::id).toList();
		this.required = sources.stream().map(Source::required).toList();
	}

	Outcome settle() {
		double[] weight = new double[years];
		for (int t = 0; t < years; t++) {
			weight[t] = terms.basis() == ValueBasis.PV ? c.discount(t) : 1;
		}
		double[][] perYear = new double[parties][years];
		double[] x = new double[parties];
		double[] sourceValue = new double[sources.size()];
		double[] transfers;
		for (int t = 0; t < years; t++) {
			double[] yearX = yearValues(t);
			double[] yearSources = sourceValues(t);
			for (int i = 0; i < parties; i++) {
				x[i] += weight[t] * yearX[i];
			}
			for (int k = 0; k < sourceValue.length; k++) {
				sourceValue[k] += weight[t] * yearSources[k];
			}
			if (terms.perYear()) {
				double[] y = divide(yearX, yearSources);
				for (int i = 0; i < parties; i++) {
					perYear[i][t] = y[i] - yearX[i];
				}
			}
		}
		if (terms.perYear()) {
			transfers = new double[parties];
			for (int i = 0; i < parties; i++) {
				for (int t = 0; t < years; t++) {
					transfers[i] += weight[t] * perYear[i][t];
				}
			}
		} else {
			double[] y = divide(x, sourceValue);
			transfers = new double[parties];
			for (int i = 0; i < parties; i++) {
				transfers[i] = y[i] - x[i];
			}
		}
		double[] finalValue = new double[parties];
		Map<String, Double> byParty = new LinkedHashMap<>();
		for (int i = 0; i < parties; i++) {
			finalValue[i] = x[i] + transfers[i];
			byParty.put(partyIds.get(i), transfers[i]);
		}
		CoreCheck core = CoreStability.check(partyIds, finalValue, required, sourceValue);
		SettlementResult result = new SettlementResult(terms.method(), terms.basis(), terms.perYear(),
				terms.includeCapacity(), byParty, Payments.of(partyIds, transfers), core);
		return new Outcome(result, transfers, perYear, weight);
	}

	/** x_i(t): each party's nominal settlement value in year t. */
	private double[] yearValues(int t) {
		double[] x = new double[parties];
		for (int i = 0; i < parties; i++) {
			x[i] = ledger.net(i, t) + (terms.includeCapacity() ? ledger.get(i, t, Ledger.CAPACITY) : 0);
		}
		return x;
	}

	private double[] sourceValues(int t) {
		double[] v = new double[sources.size()];
		for (int k = 0; k < v.length; k++) {
			v[k] = sources.get(k).value(t, terms.includeCapacity());
		}
		return v;
	}

	/** The final values y of the chosen method. */
	private double[] divide(double[] x, double[] sourceValue) {
		return switch (terms.method()) {
			case NONE -> x.clone();
			case KEY_SHARE -> FairDivision.keyShare(x, keyShares());
			case BREAK_EVEN -> FairDivision.breakEven(x);
			case SHAPLEY -> FairDivision.shapley(parties, required, sourceValue);
		};
	}

	/** Each party's share in the KEY_SHARE key; equal shares over all parties when no key is named. */
	private double[] keyShares() {
		double[] share = new double[parties];
		if (terms.key().isEmpty()) {
			java.util.Arrays.fill(share, 1.0 / parties);
			return share;
		}
		AllocationKey key = allocation.key(terms.key().get());
		double[] keyShares = allocation.shares(key);
		for (int j = 0; j < keyShares.length; j++) {
			share[partyIds.indexOf(key.parties().get(j))] = keyShares[j];
		}
		return share;
	}
}
