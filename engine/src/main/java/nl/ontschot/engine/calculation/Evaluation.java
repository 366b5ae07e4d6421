package nl.ontschot.engine.calculation;

import java.util.Arrays;
import java.util.List;

import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.ValueBasis;

/**
 * One evaluation of a prepared case: the rules of calculation.md section 3 with the values per year of 6.2,
 * the parties that pay together (6.3), the keys (including BY_EXPENSE, 6.4), the arrangements (6.5), the
 * realisation (6.7) and the settlement. All figures go into buffers that are reused from one evaluation to the
 * next, so that evaluating a variant builds no result objects; {@link Assembly} turns them into a result.
 * Not thread-safe: one per thread.
 */
public final class Evaluation {

	static final int CURRENT_EXPENSE = 0;
	static final int CURRENT_REVENUE = 1;
	static final int CURRENT_OPERATING_COST = 2;
	static final int CURRENT_HOURS = 3;
	static final int FUTURE_EXPENSE = 4;
	static final int FUTURE_REVENUE = 5;
	static final int FUTURE_OPERATING_COST = 6;
	static final int FUTURE_HOURS = 7;
	static final int STRUCTURAL_ITEM_COSTS = 8;
	static final int STRUCTURAL_ITEM_BENEFITS = 9;
	/** Domains of section 2, then "no domain". */
	static final int DOMAINS = nl.ontschot.engine.model.Domain.values().length + 1;

	final PreparedCase p;
	final int parties;
	final int years;
	final Ledger ledger;
	/** Per domain (last: none), party and year: the party's net from lines of that domain. */
	final double[] domainNet;
	final double[][] steady;
	/** Per source (activities, then counted items) per year: its net and its capacity. */
	final double[] sourceNet;
	final double[] sourceCapacity;
	final int[] itemSource;
	/** Per source its item, or -1 for an activity. */
	final int[] sourceItem;
	/** Per activity per year: dE(t) and m(t) × c.volume(t) × c.tariff(t), both for all financiers together. */
	final double[] activityExpenseChange;
	final double[] activityBaseline;
	/** Per item per year: its value before it is divided (for impact bonds and revolving funds). */
	final double[] itemValue;
	/** Per group per year: participants P(t) and successes S(t). */
	final double[] participants;
	final double[] successes;
	final double[][] keyShares;
	final double[] weight;
	final double[] discountFactor;
	/** Per arrangement: transfers per party per year (receiving positive). */
	final double[][] arrangementTransfers;
	final boolean[] conditionMet;
	final boolean[] hasCondition;
	/** Per party per year: the net before arrangements. */
	final double[] netBeforeArrangements;
	final double[] x;
	final double[] transfers;
	final double[] transfersPerYear;
	final double[] sourceValue;
	final double[] pvNet;
	final double[] netAfterSettlement;
	/** Per source the parties required for it (SHAPLEY and the core check), after the keys of the run. */
	final List<int[]> requiredSets = new java.util.ArrayList<>();
	double[][] rows;
	double[][] plan;
	boolean realise;
	SettlementTerms terms;
	private final boolean[] scratch;
	/** Per bucket of shared items per year: their summed value, divided once by the key. */
	private final double[] bucketValue;
	/** Per bucket: the summed full amount of its structural cash items in the steady year. */
	private final double[] bucketSteady;
	/** Per key: its parties with a positive share and the essential parties (SHAPLEY), for this run. */
	private final int[][] keyRequired;

	Evaluation(PreparedCase p) {
		this.p = p;
		this.parties = p.parties;
		this.years = p.years;
		ledger = new Ledger(parties, years);
		domainNet = new double[DOMAINS * parties * years];
		steady = new double[parties][10];
		int sources = p.activities.size() + (int) Arrays.stream(p.items).filter(i -> i != null).count();
		sourceNet = new double[sources * years];
		sourceCapacity = new double[sources * years];
		itemSource = new int[p.items.length];
		sourceItem = new int[sources];
		Arrays.fill(sourceItem, -1);
		int next = p.activities.size();
		for (int i = 0; i < p.items.length; i++) {
			if (p.items[i] != null) {
				sourceItem[next] = i;
			}
			itemSource[i] = p.items[i] == null ? -1 : next++;
		}
		activityExpenseChange = new double[p.activities.size() * years];
		activityBaseline = new double[p.activities.size() * years];
		itemValue = new double[p.items.length * years];
		participants = new double[p.groupSlots.length * years];
		successes = new double[p.groupSlots.length * years];
		keyShares = new double[p.keys.size()][];
		for (int k = 0; k < keyShares.length; k++) {
			keyShares[k] = new double[p.keys.get(k).parties().length];
		}
		weight = new double[years];
		discountFactor = new double[years];
		arrangementTransfers = new double[p.c.arrangements().size()][parties * years];
		conditionMet = new boolean[p.c.arrangements().size()];
		hasCondition = new boolean[p.c.arrangements().size()];
		netBeforeArrangements = new double[parties * years];
		x = new double[parties];
		transfers = new double[parties];
		transfersPerYear = new double[parties * years];
		sourceValue = new double[sources];
		pvNet = new double[parties];
		netAfterSettlement = new double[parties];
		scratch = new boolean[parties];
		bucketValue = new double[p.buckets.size() * years];
		bucketSteady = new double[p.buckets.size()];
		keyRequired = new int[p.keys.size()][];
	}

	/**
	 * Evaluates a variant with its realisation (the main result: realised + remaining plan), or as the plan
	 * alone when {@code withActuals} is false. Afterwards {@link #pvNet()} and {@link #netAfterSettlement()}
	 * hold the figures per party.
	 */
	public void run(PreparedCase.Variant variant, boolean withActuals) {
		this.plan = variant.plan;
		this.realise = withActuals && !p.c.actuals().isEmpty();
		this.rows = realise ? variant.real : variant.plan;
		this.terms = variant.method.map(m -> p.c.settlement().withMethod(m)).orElse(p.c.settlement());
		ledger.clear();
		Arrays.fill(domainNet, 0);
		for (double[] s : steady) {
			Arrays.fill(s, 0);
		}
		double rate = plan[p.discountRate][0];
		for (int t = 0; t < years; t++) {
			discountFactor[t] = Math.pow(1 + rate, -t);
			weight[t] = terms.basis() == ValueBasis.PV ? discountFactor[t] : 1;
		}
		groups();
		for (int a = 0; a < p.activities.size(); a++) {
			activity(a, p.activities.get(a));
		}
		for (Lines.ItemLine item : p.items) {
			if (item != null && !item.shared()) {
				item(item);
			}
		}
		keys();
		requiredSets.clear();
		for (int k = 0; k < keyRequired.length; k++) {
			keyRequired[k] = null;
		}
		for (int k = 0; k < sources(); k++) {
			requiredSets.add(required(k));
		}
		Arrays.fill(bucketValue, 0);
		Arrays.fill(bucketSteady, 0);
		for (Lines.ItemLine item : p.items) {
			if (item != null && item.shared()) {
				item(item);
			}
		}
		for (int b = 0; b < p.buckets.size(); b++) {
			divide(p.buckets.get(b), b);
		}
		for (int i = 0; i < parties; i++) {
			for (int t = 0; t < years; t++) {
				netBeforeArrangements[i * years + t] = ledger.net(i, t);
			}
		}
		new Arrangements(this).apply();
		Settling.settle(this);
		for (int i = 0; i < parties; i++) {
			double pv = 0;
			double basis = 0;
			for (int t = 0; t < years; t++) {
				double net = ledger.net(i, t);
				pv += discountFactor[t] * net;
				basis += weight[t] * net;
			}
			pvNet[i] = pv;
			netAfterSettlement[i] = basis + transfers[i];
		}
	}

	/** The core check of the last {@link #run}'s final values (exact up to 20 parties). */
	public nl.ontschot.engine.result.CoreCheck coreCheck() {
		double[] finalValue = new double[parties];
		for (int i = 0; i < parties; i++) {
			finalValue[i] = x[i] + transfers[i];
		}
		return CoreStability.check(partyIds(), finalValue, requiredSets, sourceValue);
	}

	/** Per party its net at present value, after the last {@link #run}. */
	public double[] pvNet() {
		return pvNet;
	}

	/** Per party its net after settlement in the settlement's basis, after the last {@link #run}. */
	public double[] netAfterSettlement() {
		return netAfterSettlement;
	}

	/** P = population × reachRate and S = P × successRate of every group in every year (section 1, 6.2). */
	private void groups() {
		for (int g = 0; g < p.groupSlots.length; g++) {
			int[] s = p.groupSlots[g];
			for (int t = 0; t < years; t++) {
				double participantsOf = rows[s[0]][t] * rows[s[1]][t];
				participants[g * years + t] = participantsOf;
				successes[g * years + t] = participantsOf * rows[s[2]][t];
			}
		}
	}

	/** The scale m(t): 1 (TOTAL), P(t) (PER_PARTICIPANT) or S(t) (PER_SUCCESS) of the line's group. */
	double scale(Lines.Scale scale, int t) {
		if (scale.group() < 0 || scale.basis() == Basis.TOTAL) {
			return 1;
		}
		int at = scale.group() * years + t;
		return scale.basis() == Basis.PER_PARTICIPANT ? participants[at] : successes[at];
	}

	/** The plan's scale in year t, for the steady year (6.2). */
	double planScale(Lines.Scale scale, int t) {
		if (scale.group() < 0 || scale.basis() == Basis.TOTAL) {
			return 1;
		}
		int[] s = p.groupSlots[scale.group()];
		double participantsOf = plan[s[0]][t] * plan[s[1]][t];
		return scale.basis() == Basis.PER_PARTICIPANT ? participantsOf : participantsOf * plan[s[2]][t];
	}

	/** Each financier's share of an activity: given shares normalised to sum 1, taken once (6.2, 6.3). */
	double financierShare(Lines.ActivityLine a, int f) {
		if (a.financiers().length == 1) {
			return 1;
		}
		double sum = 0;
		for (int share : a.financierShares()) {
			sum += plan[share][0];
		}
		return plan[a.financierShares()[f]][0] / sum;
	}

	/**
	 * An activity in year t, with k = m(t) × f(t): dE = k × (u.volume × u.tariff − c.volume × c.tariff) is the
	 * financiers' expenseChange (each its share) and the provider's revenueChange; dC = k × (u.volume ×
	 * u.unitCost − c.volume × c.unitCost) is operating cost, or when negative partly cash (capacityRelease)
	 * and the rest capacity; hoursChange likewise. In a realised year (6.7) the realised volume is the whole
	 * of the year: dE = volume × tariff − m × c.volume × c.tariff, and so on, with no f(t).
	 */
	private void activity(int index, Lines.ActivityLine a) {
		int provider = a.provider();
		int source = index;
		// the rows and shares of this line, fetched once for all its years
		double[] cVolume = rows[a.cVolume()];
		double[] cTariff = rows[a.cTariff()];
		double[] cCost = rows[a.cUnitCost()];
		double[] cHours = rows[a.cHours()];
		double[] uVolume = rows[a.uVolume()];
		double[] uTariff = rows[a.uTariff()];
		double[] uCost = rows[a.uUnitCost()];
		double[] uHours = rows[a.uHours()];
		double[] release = rows[a.release()];
		int[] financiers = a.financiers();
		double[] shares = new double[financiers.length];
		for (int f = 0; f < financiers.length; f++) {
			shares[f] = financierShare(a, f);
		}
		boolean realised = realise && !Double.isNaN(firstRealised(a.realVolume()));
		for (int t = 0; t < years; t++) {
			double m = scale(a.scale(), t);
			double dE;
			double dC;
			double dH;
			double realVolume = realised ? a.realVolume()[t] : Double.NaN;
			if (!Double.isNaN(realVolume)) {
				double tariff = Double.isNaN(a.realTariff()[t]) ? uTariff[t] : a.realTariff()[t];
				double unitCost = Double.isNaN(a.realUnitCost()[t]) ? uCost[t] : a.realUnitCost()[t];
				dE = realVolume * tariff - m * cVolume[t] * cTariff[t];
				dC = realVolume * unitCost - m * cVolume[t] * cCost[t];
				dH = realVolume * uHours[t] - m * cVolume[t] * cHours[t];
			} else {
				double k = m * p.effect[t];
				dE = k * (uVolume[t] * uTariff[t] - cVolume[t] * cTariff[t]);
				dC = k * (uVolume[t] * uCost[t] - cVolume[t] * cCost[t]);
				dH = k * (uVolume[t] * uHours[t] - cVolume[t] * cHours[t]);
			}
			activityExpenseChange[index * years + t] = dE;
			activityBaseline[index * years + t] = m * cVolume[t] * cTariff[t];
			double cashCost = dC >= 0 ? dC : release[t] * dC;
			double released = dC >= 0 ? 0 : (1 - release[t]) * -dC;
			for (int f = 0; f < financiers.length; f++) {
				double part = shares[f] * dE;
				ledger.add(financiers[f], t, Ledger.EXPENSE, part);
				domainNet[domainAt(a.domain(), financiers[f], t)] -= part;
			}
			ledger.add(provider, t, Ledger.REVENUE, dE);
			ledger.add(provider, t, Ledger.OPERATING_COST, cashCost);
			ledger.add(provider, t, Ledger.CAPACITY, released);
			ledger.add(provider, t, Ledger.HOURS, dH);
			domainNet[domainAt(a.domain(), provider, t)] += dE - cashCost;
			sourceNet[source * years + t] = (financiers.length > 0 ? 0 : dE) - cashCost;
			sourceCapacity[source * years + t] = released;
		}
		steadyState(a);
	}

	/** Whether any year of a line is realised: NaN when none is. */
	private static double firstRealised(double[] values) {
		for (double v : values) {
			if (!Double.isNaN(v)) {
				return v;
			}
		}
		return Double.NaN;
	}

	/**
	 * One full year after implementation, in the steady year of the plan (6.2, 6.10): m and the situations of
	 * that year, f = 1, before capacityRelease.
	 */
	private void steadyState(Lines.ActivityLine a) {
		int s = p.steadyYear;
		double m = planScale(a.scale(), s);
		double currentExpense = m * plan[a.cVolume()][s] * plan[a.cTariff()][s];
		double futureExpense = m * plan[a.uVolume()][s] * plan[a.uTariff()][s];
		for (int f = 0; f < a.financiers().length; f++) {
			double share = financierShare(a, f);
			steady[a.financiers()[f]][CURRENT_EXPENSE] += share * currentExpense;
			steady[a.financiers()[f]][FUTURE_EXPENSE] += share * futureExpense;
		}
		double[] provider = steady[a.provider()];
		provider[CURRENT_REVENUE] += currentExpense;
		provider[FUTURE_REVENUE] += futureExpense;
		provider[CURRENT_OPERATING_COST] += m * plan[a.cVolume()][s] * plan[a.cUnitCost()][s];
		provider[FUTURE_OPERATING_COST] += m * plan[a.uVolume()][s] * plan[a.uUnitCost()][s];
		provider[CURRENT_HOURS] += m * plan[a.cVolume()][s] * plan[a.cHours()][s];
		provider[FUTURE_HOURS] += m * plan[a.uVolume()][s] * plan[a.uHours()][s];
	}

	int domainAt(int domain, int party, int t) {
		int d = domain < 0 ? DOMAINS - 1 : domain;
		return (d * parties + party) * years + t;
	}

	/** base(t) = amount(t) × m(t) (amount = fte × costPerFte when given so). */
	private double base(Lines.ItemLine item, double[][] values, int t, double m) {
		double amount = item.amount() >= 0 ? values[item.amount()][t]
				: values[item.fte()][t] * values[item.costPerFte()][t];
		return amount * m;
	}

	/**
	 * An item's value in year t: base(t) in its year (INCIDENTAL) or years (STRUCTURAL), × f(t) when it follows
	 * the effect; in a realised year the realised total (6.7: not scaled by m or f), also outside its years.
	 */
	private double value(Lines.ItemLine item, int t) {
		double real = realise ? item.realised()[t] : Double.NaN;
		if (!Double.isNaN(real)) {
			return real;
		}
		if (!item.occurs()[t]) {
			return 0;
		}
		double v = base(item, rows, t, scale(item.scale(), t));
		return item.followsEffect() ? v * p.effect[t] : v;
	}

	/**
	 * An item in every year: its value is its source's (SHAPLEY), and goes to its party, or for a shared item
	 * into its bucket, which {@link #divide} divides by the key.
	 */
	private void item(Lines.ItemLine item) {
		int source = itemSource[item.item()];
		double sign = item.sign();
		for (int t = 0; t < years; t++) {
			double v = value(item, t);
			itemValue[item.item() * years + t] = v;
			switch (item.nature()) {
				case CASH -> {
					sourceNet[source * years + t] = sign * v;
					sourceCapacity[source * years + t] = 0;
				}
				case CAPACITY -> {
					sourceNet[source * years + t] = 0;
					sourceCapacity[source * years + t] = sign * v;
				}
				case SOCIETAL -> {
					// social value is not money and is not settled
					sourceNet[source * years + t] = 0;
					sourceCapacity[source * years + t] = 0;
				}
			}
			if (item.shared()) {
				bucketValue[item.bucket() * years + t] += v;
			} else if (v != 0) {
				receive(item.nature(), item.cost(), item.incidental(), item.domain(), sign, item.party(), t, v);
			}
		}
		if (!item.incidental() && item.nature() == nl.ontschot.engine.model.Nature.CASH) {
			// steadyState counts structural cash items at their full amount in the steady year of the plan
			int s = p.steadyYear;
			double full = base(item, plan, s, planScale(item.scale(), s));
			if (item.shared()) {
				bucketSteady[item.bucket()] += full;
			} else {
				steady[item.party()][item.cost() ? STRUCTURAL_ITEM_COSTS : STRUCTURAL_ITEM_BENEFITS] += full;
			}
		}
	}

	/** A shared item (a bucket of them) divided over its key's parties, each taking its share. */
	private void divide(Lines.Bucket bucket, int b) {
		int[] receivers = p.keys.get(bucket.key()).parties();
		double[] shares = keyShares[bucket.key()];
		for (int t = 0; t < years; t++) {
			double v = bucketValue[b * years + t];
			if (v == 0) {
				continue;
			}
			for (int r = 0; r < receivers.length; r++) {
				receive(bucket.nature(), bucket.cost(), bucket.incidental(), bucket.domain(), bucket.sign(),
						receivers[r], t, v * shares[r]);
			}
		}
		if (!bucket.incidental() && bucket.nature() == nl.ontschot.engine.model.Nature.CASH) {
			for (int r = 0; r < receivers.length; r++) {
				steady[receivers[r]][bucket.cost() ? STRUCTURAL_ITEM_COSTS : STRUCTURAL_ITEM_BENEFITS] += bucketSteady[b]
						* shares[r];
			}
		}
	}

	/**
	 * What a party receives of an item in year t: CASH to itemCosts or itemBenefits (and incidental or
	 * structural costs), CAPACITY and SOCIETAL added (benefit) or subtracted (cost).
	 */
	private void receive(nl.ontschot.engine.model.Nature nature, boolean cost, boolean incidental, int domain,
			double sign, int party, int t, double part) {
		switch (nature) {
			case CASH -> {
				domainNet[domainAt(domain, party, t)] += sign * part;
				ledger.add(party, t, cost ? Ledger.ITEM_COSTS : Ledger.ITEM_BENEFITS, part);
				if (cost) {
					ledger.add(party, t, incidental ? Ledger.INCIDENTAL_COSTS : Ledger.STRUCTURAL_COSTS, part);
				}
			}
			case CAPACITY -> ledger.add(party, t, Ledger.CAPACITY, sign * part);
			case SOCIETAL -> ledger.add(party, t, Ledger.SOCIETAL, sign * part);
		}
	}

	/**
	 * The shares of every key: EQUAL; WEIGHTS (year 0 of the plan); BY_BENEFIT, max(0, B_i) with B_i the
	 * present value of the party's net from activities and unshared items; BY_EXPENSE (6.4), each party's
	 * steadyState.current.expense. No positive weight: equal shares (a warning says so).
	 */
	private void keys() {
		for (int k = 0; k < keyShares.length; k++) {
			Lines.KeyLine key = p.keys.get(k);
			double[] share = keyShares[k];
			for (int j = 0; j < share.length; j++) {
				int party = key.parties()[j];
				share[j] = switch (key.method()) {
					case EQUAL -> 1;
					case WEIGHTS -> plan[key.weights()[j]][0];
					case BY_BENEFIT -> Math.max(0, benefit(party));
					case BY_EXPENSE -> Math.max(0, steady[party][CURRENT_EXPENSE]);
				};
			}
			double sum = 0;
			for (double v : share) {
				sum += v;
			}
			if (sum <= 0) {
				Arrays.fill(share, 1);
				sum = share.length;
			}
			for (int j = 0; j < share.length; j++) {
				share[j] /= sum;
			}
		}
	}

	/** Whether key k fell back to equal shares because no party had a positive weight (after {@link #run}). */
	boolean keyFellBack(int k) {
		Lines.KeyLine key = p.keys.get(k);
		if (key.method() == KeyMethod.EQUAL) {
			return false;
		}
		for (int party : key.parties()) {
			double w = key.method() == KeyMethod.BY_BENEFIT ? benefit(party)
					: key.method() == KeyMethod.BY_EXPENSE ? steady[party][CURRENT_EXPENSE] : 1;
			if (w > 0) {
				return false;
			}
		}
		return key.method() != KeyMethod.WEIGHTS;
	}

	/** B_i: the present value of the party's net from activities and unshared items (so far in the run). */
	private double benefit(int party) {
		double b = 0;
		for (int t = 0; t < years; t++) {
			b += discountFactor[t] * ledger.net(party, t);
		}
		return b;
	}

	/**
	 * The parties required for source k (calculation.md section 3, 6.3): an activity's provider, financiers,
	 * requires and the essential parties; an item's party or, shared, its key's parties with a positive share,
	 * its requires and the essential parties.
	 */
	int[] required(int source) {
		if (source < p.activities.size()) {
			return p.activities.get(source).required();
		}
		Lines.ItemLine item = p.items[sourceItem[source]];
		if (!item.shared()) {
			return item.required();
		}
		boolean onlyEssentials = item.required().length == p.essentials.length;
		if (onlyEssentials && keyRequired[item.key()] != null) {
			return keyRequired[item.key()];
		}
		int[] result = merged(item);
		if (onlyEssentials) {
			keyRequired[item.key()] = result;
		}
		return result;
	}

	private int[] merged(Lines.ItemLine item) {
		Arrays.fill(scratch, false);
		for (int party : item.required()) {
			scratch[party] = true;
		}
		int[] members = p.keys.get(item.key()).parties();
		for (int j = 0; j < members.length; j++) {
			if (keyShares[item.key()][j] > 0) {
				scratch[members[j]] = true;
			}
		}
		int count = 0;
		for (boolean b : scratch) {
			count += b ? 1 : 0;
		}
		int[] result = new int[count];
		int n = 0;
		for (int i = 0; i < parties; i++) {
			if (scratch[i]) {
				result[n++] = i;
			}
		}
		return result;
	}

	int sources() {
		return sourceValue.length;
	}

	SettlementMethod method() {
		return terms.method();
	}

	List<String> partyIds() {
		return p.c.parties().stream().map(nl.ontschot.engine.model.Party::id).toList();
	}
}
