package nl.ontschot.engine.calculation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
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
	private final boolean perParty;
	final int parties;
	final int years;
	final Ledger ledger;
	/**
	 * Per domain (last: none), party and year: the party's net from lines of that domain (not kept after a
	 * variant by an evaluation of the figures per party).
	 */
	final double[] domainNet;
	final double[][] steady;
	/**
	 * Per source (activities, then counted items) per year: its net and its capacity. These and the other
	 * per-line figures below are, after a variant, the base's for a line that only its scale changes unless
	 * they are read: by a settlement per year, an arrangement's scope or its financed items (see
	 * {@link #rescaled(int, Lines.Scale)}).
	 */
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
	/** Per party per year: the net before arrangements, and after them. */
	final double[] netBeforeArrangements;
	final double[] net;
	final double[] x;
	final double[] transfers;
	final double[] transfersPerYear;
	/**
	 * Per source its V_k; after a variant, that of a line that only its scale changes is summed when the core
	 * check asks (SHAPLEY takes it from the scale's sums, see {@link #shapley}).
	 */
	final double[] sourceValue;
	final double[] pvNet;
	final double[] netAfterSettlement;
	/** Settling's buffers: per party x(t) of one year, y, and a key share; per source its value in one year. */
	final double[] yearX;
	final double[] finalValue;
	final double[] partyShare;
	final double[] yearSources;
	/** Per source the parties required for it (SHAPLEY and the core check), after the keys of the run. */
	final List<int[]> requiredSets;
	private final int[][] requiredOf;
	private boolean requiredMade;
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
	/**
	 * Room for the parties required for a shared item, one array of each size: per source, and per key for the
	 * items that require only the essential parties. A new set takes no new array.
	 */
	private final int[][][] room;
	private final int[][][] keyRoom;
	/** Per key its buckets. */
	private final int[][] keyBuckets;
	/** The sources of shared items. */
	private final int[] sharedSources;
	/** Per key: whether its parties with a positive share are not those of the last time. */
	private final boolean[] keyChanged;
	/** Per key and party: whether its share was positive when {@link #requiredSets} were made. */
	private final boolean[][] requiredPositive;
	/** Per activity: its financiers' shares, normalised (6.3). */
	private final double[][] financierShares;
	/** m(t) for TOTAL. */
	private final double[] ones;
	/** Per party: its BY_BENEFIT weight B_i, the present value of its net before shared items. */
	private final double[] benefits;
	/** Whether a key weighs by benefit or expense, which the changed lines of a variant can change. */
	private final boolean weighedKeys;
	private final Arrangements arrangements;
	/** The figures of the base, once evaluated; null before. */
	private Base base;
	/** Whether the per-line buffers hold other figures than the base's and the last variant's changed lines. */
	private boolean changedSince = true;
	private int[] lastItems = NONE;
	/**
	 * Of the changed lines of the variant last evaluated ({@code linesOf}): those evaluated line by line (their
	 * own fields change, or they have a realised year), and those that only their scale changes whose per-line
	 * figures are read. Found once per variant: a Monte Carlo drawing gives the same variant every draw.
	 */
	private PreparedCase.Variant linesOf;
	private int[] passActivities = NONE;
	private int[] passItems = NONE;
	private int[] rescaledActivities = NONE;
	private int[] rescaledItems = NONE;
	private final boolean[] lastItem;
	/** Whether the last {@link #sourceValues} were the base's with the changed sources summed again. */
	private boolean changedValues;
	/** Whether it left the V_k of the lines that only their scale changes to the scales' sums. */
	private boolean scaledValuesLeft;
	/** Per scale: whether the variant being evaluated changes it. */
	private final boolean[] scaleMoved;
	/** Per key: whether its parties with a positive share are not the base's. */
	private final boolean[] keyMoved;
	/** While a variant's changed lines before the keys are applied: their changes per party (for BY_BENEFIT). */
	private boolean tracking;
	private final double[] netChange;
	/** Per party per year: the size of what the changed lines took out and put in (for {@link #gross}). */
	private final double[] grossChange;
	private final boolean[] touched;
	/** Per party: the size of the sums behind its key weights, base and changes (see nearZeroWeight). */
	private final double[] gross;
	private final boolean[] bucketChanged;
	/** Per bucket per year, and in the steady year: its value as the scales moved it, divided by the base's key. */
	private final double[] bucketScaled;
	private final double[] bucketSteadyScaled;
	/**
	 * Per scale (see {@link PreparedCase#scale}): its plain lines' figures per unit of m once a variant changed
	 * it (unitKept); null before, or without any.
	 */
	private final PerUnit[] perUnit;
	private final boolean[] unitKept;
	/** Per activity and item: whether the variant being evaluated changes its own fields. */
	private final boolean[] ownActivity;
	private final boolean[] ownItem;
	private int[] lastOwnActivities = NONE;
	private int[] lastScales = NONE;
	/**
	 * Whether the variant's lines that only their scale changes all have their per-line figures (a settlement
	 * per year reads them).
	 */
	private boolean rescaleAll;
	private int[] lastOwnItems = NONE;
	/** Per activity and item: whether an arrangement reads its per-line figures (its scope, its financed items). */
	private final boolean[] readActivity;
	private final boolean[] readItem;
	/** Per year, for one scale: the change of m from the base's, and m and the base's m added. */
	private final double[] mChange;
	private final double[] mSum;
	private double discountedAt = Double.NaN;
	private ValueBasis weighedBy;
	/** Relative to the sums behind it, a weight this close to 0 may be rounding (a few ulps, with a wide margin). */
	private static final double NEAR_ZERO = 1e-9;
	private static final int[] NONE = new int[0];

	/**
	 * How a line is evaluated: with the variant's values (NEW), with the base's taken out again (OLD), with the
	 * base's values at the variant's m taken out (OLD_AT_NEW_SCALE, for a plain line whose scale the variant
	 * moved already, see {@link #scaled}), or with the base's values at m = 1 (UNIT, see {@link #perUnit(int)}).
	 */
	private enum Pass {
		NEW, OLD, OLD_AT_NEW_SCALE, UNIT
	}

	/**
	 * The figures of the base's plain lines of one scale (those without a realised year in the run) per unit
	 * of m, shared items divided by the base's keys: every figure of such a line is m(t) times the one it has
	 * at m = 1 (section 3), so a variant that changes m changes their sums by the change of m times these.
	 */
	private static final class PerUnit {
		/**
		 * The ledger's places (a party's field) that the lines reach, and their values, per place per year; the
		 * same for domainNet (a place is a domain and party, at its year 0). For an evaluation of every figure.
		 */
		int[] ledgerPlaces;
		double[] ledger;
		int[] domainPlaces;
		double[] domainNet;
		/** For an evaluation of the figures per party: the nets (a place is a party, at its year 0), and capacity. */
		int[] netPlaces;
		double[] nets;
		int[] capacityPlaces;
		double[] capacity;
		/**
		 * The parties whose net, steady state or size the lines reach (and each at its year 0); their figures per
		 * party per year, or per party.
		 */
		int[] parties;
		int[] partyPlaces;
		double[] netChange;
		double[] grossChange;
		double[][] steady;
		double[] steadyGross;
		boolean[] touched;
		/** The buckets the lines reach: per bucket per year, and in the steady year. */
		int[] buckets;
		double[] bucketValue;
		double[] bucketSteady;
		/**
		 * The plain lines' sources, and their net and capacity at m = 1 year by year (the sources of a year
		 * side by side, so that their V_k are summed together); room for their V_k.
		 */
		int[] sources;
		double[] sourceNet;
		double[] sourceCapacity;
		double[] values;
		/** Per year per party: its SHAPLEY share of their V_k (with the base's required parties and weights). */
		double[] shapley;
	}

	/** The figures of a full evaluation of the base (up to the arrangements) that a variant starts from. */
	private final class Base {
		boolean realise;
		double[][] rows;
		final double[] ledger = new double[Evaluation.this.ledger.size()];
		final double[] domainNet = new double[Evaluation.this.domainNet.length];
		final double[][] steady = new double[parties][Evaluation.this.steady[0].length];
		final double[][] financierShares = copyShape(Evaluation.this.financierShares);
		final double[][] keyShares = copyShape(Evaluation.this.keyShares);
		final double[] sourceNet = new double[Evaluation.this.sourceNet.length];
		final double[] sourceCapacity = new double[Evaluation.this.sourceCapacity.length];
		final double[] activityExpenseChange = new double[Evaluation.this.activityExpenseChange.length];
		final double[] activityBaseline = new double[Evaluation.this.activityBaseline.length];
		final double[] itemValue = new double[Evaluation.this.itemValue.length];
		final double[] participants = new double[Evaluation.this.participants.length];
		final double[] successes = new double[Evaluation.this.successes.length];
		final double[] bucketValue = new double[Evaluation.this.bucketValue.length];
		final double[] bucketSteady = new double[Evaluation.this.bucketSteady.length];
		final double[] benefits = new double[parties];
		final double[] gross = new double[parties];
		/** V_k of every source, summed with the weights of the base's run and its includeCapacity. */
		final double[] sourceValue = new double[Evaluation.this.sourceValue.length];
		boolean sourceValueWithCapacity;
		/** The parties required for every source, which of each key's parties had a positive share, and SHAPLEY's y. */
		final int[][] required = new int[Evaluation.this.sourceValue.length][];
		final boolean[][] positive = copyShape(requiredPositive);
		final double[] shapley = new double[parties];
		/** Per line: whether it has no realised year in the base's run, so that its figures are m times per unit. */
		final boolean[] plainActivity = new boolean[p.activities.size()];
		final boolean[] plainItem = new boolean[p.items.length];
		/** The per-line figures of the plain lines at m = 1. */
		final double[] unitExpenseChange = new double[Evaluation.this.activityExpenseChange.length];
		final double[] unitBaseline = new double[Evaluation.this.activityBaseline.length];
		final double[] unitItemValue = new double[Evaluation.this.itemValue.length];
		final double[] unitSourceNet = new double[Evaluation.this.sourceNet.length];
		final double[] unitSourceCapacity = new double[Evaluation.this.sourceCapacity.length];
	}

	private static double[][] copyShape(double[][] of) {
		double[][] copy = new double[of.length][];
		for (int i = 0; i < of.length; i++) {
			copy[i] = new double[of[i].length];
		}
		return copy;
	}

	private static boolean[][] copyShape(boolean[][] of) {
		boolean[][] copy = new boolean[of.length][];
		for (int i = 0; i < of.length; i++) {
			copy[i] = new boolean[of[i].length];
		}
		return copy;
	}

	/**
	 * Buffers for a prepared case; {@code perParty} for the figures per party alone ({@link #pvNet},
	 * {@link #netAfterSettlement}, {@link #conditionMet}), as the Monte Carlo run needs them: a variant then
	 * moves each party's net and capacity by the scales' sums, not the flows they are made of, and keeps no
	 * net per domain.
	 */
	Evaluation(PreparedCase p, boolean perParty) {
		this.p = p;
		this.parties = p.parties;
		this.years = p.years;
		this.perParty = perParty;
		ledger = new Ledger(parties, years, perParty);
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
		net = new double[parties * years];
		x = new double[parties];
		transfers = new double[parties];
		transfersPerYear = new double[parties * years];
		sourceValue = new double[sources];
		pvNet = new double[parties];
		netAfterSettlement = new double[parties];
		yearX = new double[parties];
		finalValue = new double[parties];
		partyShare = new double[parties];
		yearSources = new double[sources];
		scratch = new boolean[parties];
		bucketValue = new double[p.buckets.size() * years];
		bucketSteady = new double[p.buckets.size()];
		keyRequired = new int[p.keys.size()][];
		keyChanged = new boolean[p.keys.size()];
		keyMoved = new boolean[p.keys.size()];
		scaleMoved = new boolean[p.scaleActivities.length];
		lastItem = new boolean[p.items.length];
		keyRoom = new int[p.keys.size()][][];
		for (int k = 0; k < keyRoom.length; k++) {
			keyRoom[k] = sizes();
		}
		requiredOf = new int[sources][];
		requiredSets = Arrays.asList(requiredOf);
		room = new int[sources][][];
		for (int k = 0; k < sources; k++) {
			// the items that require only the essential parties take their key's room
			room[k] = sharedSource(k) && p.items[sourceItem[k]].required().length != p.essentials.length ? sizes()
					: null;
		}
		sharedSources = IntStream.range(0, sources).filter(this::sharedSource).toArray();
		keyBuckets = IntStream.range(0, p.keys.size()).mapToObj(
				k -> IntStream.range(0, p.buckets.size()).filter(b -> p.buckets.get(b).key() == k).toArray())
				.toArray(int[][]::new);
		requiredPositive = new boolean[p.keys.size()][];
		for (int k = 0; k < requiredPositive.length; k++) {
			requiredPositive[k] = new boolean[p.keys.get(k).parties().length];
		}
		financierShares = new double[p.activities.size()][];
		for (int a = 0; a < financierShares.length; a++) {
			financierShares[a] = new double[p.activities.get(a).financiers().length];
		}
		ones = new double[years];
		Arrays.fill(ones, 1);
		benefits = new double[parties];
		weighedKeys = p.keys.stream()
				.anyMatch(k -> k.method() == KeyMethod.BY_BENEFIT || k.method() == KeyMethod.BY_EXPENSE);
		arrangements = new Arrangements(this);
		netChange = new double[parties * years];
		grossChange = new double[parties * years];
		touched = new boolean[parties];
		gross = new double[parties];
		bucketChanged = new boolean[p.buckets.size()];
		bucketScaled = new double[p.buckets.size() * years];
		bucketSteadyScaled = new double[p.buckets.size()];
		perUnit = new PerUnit[p.scaleActivities.length];
		unitKept = new boolean[perUnit.length];
		ownActivity = new boolean[p.activities.size()];
		ownItem = new boolean[p.items.length];
		readActivity = new boolean[p.activities.size()];
		readItem = new boolean[p.items.length];
		arrangements.reads(readActivity, readItem);
		mChange = new double[years];
		mSum = new double[years];
	}

	/**
	 * Evaluates a variant with its realisation (the main result: realised + remaining plan), or as the plan
	 * alone when {@code withActuals} is false. Afterwards {@link #pvNet()} and {@link #netAfterSettlement()}
	 * hold the figures per party. The first variant other than the base itself has the base evaluated in full
	 * and its figures kept; that variant and every one after it recomputes only the lines whose fields it
	 * changes, taking their old contributions out of the base's figures and putting their new ones in, and
	 * what depends on them (the keys, the shared items they divide, the arrangements and the settlement). The
	 * lines that only a group's figures change (their scale m) move together by the change of m (see
	 * {@link #scaled}). A variant that changes the discount rate, or whose key weights come so close to 0 that
	 * rounding could change a share from 0 to positive, is evaluated in full.
	 */
	public void run(PreparedCase.Variant variant, boolean withActuals) {
		boolean realiseNow = withActuals && !p.c.actuals().isEmpty();
		this.terms = p.terms(variant.method);
		discount(variant.plan);
		// the base's figures are kept only once a variant needs them: a run of the base alone (the full result,
		// the plan) evaluates in full, as it would anyway, and keeps nothing
		if (variant.everything || base == null && variant.plan == p.planRows) {
			full(variant.plan, realiseNow ? variant.real : variant.plan, realiseNow);
		} else {
			if (base == null || base.realise != realiseNow) {
				full(p.planRows, realiseNow ? p.realRows : p.planRows, realiseNow);
				keepBase();
			}
			if (!changes(variant) || nearZeroNet()) {
				full(variant.plan, realiseNow ? variant.real : variant.plan, realiseNow);
			}
		}
		ledger.nets(netBeforeArrangements);
		arrangements.apply();
		if (p.c.arrangements().isEmpty()) {
			System.arraycopy(netBeforeArrangements, 0, net, 0, net.length);
		} else {
			ledger.nets(net);
		}
		Settling.settle(this);
		for (int i = 0; i < parties; i++) {
			double pv = 0;
			double basis = 0;
			for (int t = 0, at = i * years; t < years; t++, at++) {
				pv += discountFactor[t] * net[at];
				basis += weight[t] * net[at];
			}
			pvNet[i] = pv;
			netAfterSettlement[i] = basis + transfers[i];
		}
	}

	/** d(t) = (1 + discountRate)^(−t) and the settlement's weight w(t), recomputed only when they change. */
	private void discount(double[][] plan) {
		double rate = plan[p.discountRate][0];
		ValueBasis basis = terms.basis();
		if (rate == discountedAt && basis == weighedBy) {
			return;
		}
		for (int t = 0; t < years; t++) {
			discountFactor[t] = Math.pow(1 + rate, -t);
			weight[t] = basis == ValueBasis.PV ? discountFactor[t] : 1;
		}
		discountedAt = rate;
		weighedBy = basis;
	}

	/** Every line of the case with the given rows, up to the arrangements. */
	private void full(double[][] plan, double[][] rows, boolean realise) {
		this.plan = plan;
		this.rows = rows;
		this.realise = realise;
		ledger.clear();
		Arrays.fill(domainNet, 0);
		for (double[] s : steady) {
			Arrays.fill(s, 0);
		}
		groups(rows, participants, successes);
		for (int a = 0; a < p.activities.size(); a++) {
			activity(a, p.activities.get(a), Pass.NEW);
		}
		for (Lines.ItemLine item : p.items) {
			if (item != null && !item.shared()) {
				item(item, Pass.NEW);
			}
		}
		if (weighedKeys) {
			for (int i = 0; i < parties; i++) {
				benefits[i] = benefit(i);
			}
		}
		keys();
		requiredSets();
		Arrays.fill(bucketValue, 0);
		Arrays.fill(bucketSteady, 0);
		for (Lines.ItemLine item : p.items) {
			if (item != null && item.shared()) {
				item(item, Pass.NEW);
			}
		}
		for (int b = 0; b < p.buckets.size(); b++) {
			divide(p.buckets.get(b), b, false);
		}
		changedSince = true;
	}

	/** Keeps the figures of the base, just evaluated in full, for the variants after it. */
	private void keepBase() {
		if (base == null) {
			base = new Base();
		}
		base.realise = realise;
		base.rows = rows;
		ledger.save(base.ledger);
		System.arraycopy(domainNet, 0, base.domainNet, 0, domainNet.length);
		for (int i = 0; i < parties; i++) {
			System.arraycopy(steady[i], 0, base.steady[i], 0, steady[i].length);
		}
		for (int a = 0; a < financierShares.length; a++) {
			System.arraycopy(financierShares[a], 0, base.financierShares[a], 0, financierShares[a].length);
		}
		for (int k = 0; k < keyShares.length; k++) {
			System.arraycopy(keyShares[k], 0, base.keyShares[k], 0, keyShares[k].length);
		}
		System.arraycopy(sourceNet, 0, base.sourceNet, 0, sourceNet.length);
		System.arraycopy(sourceCapacity, 0, base.sourceCapacity, 0, sourceCapacity.length);
		System.arraycopy(activityExpenseChange, 0, base.activityExpenseChange, 0, activityExpenseChange.length);
		System.arraycopy(activityBaseline, 0, base.activityBaseline, 0, activityBaseline.length);
		System.arraycopy(itemValue, 0, base.itemValue, 0, itemValue.length);
		System.arraycopy(participants, 0, base.participants, 0, participants.length);
		System.arraycopy(successes, 0, base.successes, 0, successes.length);
		System.arraycopy(bucketValue, 0, base.bucketValue, 0, bucketValue.length);
		System.arraycopy(bucketSteady, 0, base.bucketSteady, 0, bucketSteady.length);
		System.arraycopy(benefits, 0, base.benefits, 0, benefits.length);
		if (weighedKeys) {
			// how large the sums behind a party's key weight are, for the rounding they may carry (see changes)
			for (int i = 0; i < parties; i++) {
				double gross = steady[i][CURRENT_EXPENSE];
				for (int t = 0; t < years; t++) {
					gross += discountFactor[t] * (Math.abs(ledger.get(i, t, Ledger.ITEM_BENEFITS))
							+ Math.abs(ledger.get(i, t, Ledger.ITEM_COSTS)) + Math.abs(ledger.get(i, t, Ledger.REVENUE))
							+ Math.abs(ledger.get(i, t, Ledger.OPERATING_COST))
							+ Math.abs(ledger.get(i, t, Ledger.EXPENSE)));
				}
				base.gross[i] = gross;
			}
		}
		for (int k = 0; k < sources(); k++) {
			base.sourceValue[k] = sourceValue(k, terms.includeCapacity());
		}
		base.sourceValueWithCapacity = terms.includeCapacity();
		for (int k = 0; k < sources(); k++) {
			base.required[k] = requiredOf[k].clone();
		}
		for (int k = 0; k < requiredPositive.length; k++) {
			System.arraycopy(requiredPositive[k], 0, base.positive[k], 0, requiredPositive[k].length);
		}
		FairDivision.shapley(requiredSets, base.sourceValue, base.shapley);
		for (int a = 0; a < p.activities.size(); a++) {
			base.plainActivity[a] = !realise || Double.isNaN(firstRealised(p.activities.get(a).realVolume()));
		}
		for (int i = 0; i < p.items.length; i++) {
			base.plainItem[i] = p.items[i] != null && (!realise || Double.isNaN(firstRealised(p.items[i].realised())));
		}
		Arrays.fill(perUnit, null);
		Arrays.fill(unitKept, false);
		linesOf = null;
		passActivities = NONE;
		passItems = NONE;
		rescaledActivities = NONE;
		rescaledItems = NONE;
		lastItems(NONE);
	}

	/** The changed lines of a variant by how they are evaluated, after its own lines and rescaleAll are set. */
	private void lines(PreparedCase.Variant variant) {
		if (variant == linesOf) {
			return;
		}
		passActivities = Arrays.stream(variant.activities).filter(a -> !scaledOnly(a)).toArray();
		passItems = Arrays.stream(variant.items).filter(i -> !scaledOnly(p.items[i])).toArray();
		rescaledActivities = Arrays.stream(variant.activities)
				.filter(a -> scaledOnly(a) && (rescaleAll || readActivity[a])).toArray();
		rescaledItems = Arrays.stream(variant.items)
				.filter(i -> scaledOnly(p.items[i]) && (rescaleAll || readItem[i])).toArray();
		linesOf = variant;
	}

	/** The items a variant changed, also as a flag per item. */
	private void lastItems(int[] items) {
		for (int i : lastItems) {
			lastItem[i] = false;
		}
		for (int i : items) {
			lastItem[i] = true;
		}
		lastItems = items;
	}

	/**
	 * The base's plain lines of a scale evaluated at m = 1 into the buffers (with the base's values and keys),
	 * kept as the scale's; the first variant that changes the scale asks for it, before the base is put back
	 * in the buffers.
	 */
	private void perUnit(int scale) {
		unitKept[scale] = true;
		changedSince = true;
		if (!hasPlain(p.scaleActivities[scale], base.plainActivity) && !hasPlain(p.scaleItems[scale], base.plainItem)) {
			return;
		}
		this.plan = p.planRows;
		this.rows = base.rows;
		this.realise = base.realise;
		for (int k = 0; k < keyShares.length; k++) {
			System.arraycopy(base.keyShares[k], 0, keyShares[k], 0, keyShares[k].length);
		}
		ledger.clear();
		Arrays.fill(domainNet, 0);
		for (double[] s : steady) {
			Arrays.fill(s, 0);
		}
		Arrays.fill(bucketValue, 0);
		Arrays.fill(bucketSteady, 0);
		Arrays.fill(netChange, 0);
		Arrays.fill(grossChange, 0);
		Arrays.fill(gross, 0);
		Arrays.fill(touched, false);
		tracking = true;
		for (int a : p.scaleActivities[scale]) {
			if (base.plainActivity[a]) {
				activity(a, p.activities.get(a), Pass.UNIT);
				copyYears(activityExpenseChange, base.unitExpenseChange, a);
				copyYears(activityBaseline, base.unitBaseline, a);
				copyYears(sourceNet, base.unitSourceNet, a);
				copyYears(sourceCapacity, base.unitSourceCapacity, a);
			}
		}
		for (int i : p.scaleItems[scale]) {
			if (base.plainItem[i]) {
				item(p.items[i], Pass.UNIT);
				copyYears(itemValue, base.unitItemValue, i);
				copyYears(sourceNet, base.unitSourceNet, itemSource[i]);
				copyYears(sourceCapacity, base.unitSourceCapacity, itemSource[i]);
			}
		}
		tracking = false;
		// the shared items divided by the base's keys as well: a bucket whose shares a variant leaves alone
		// need not be divided again
		for (int b = 0; b < p.buckets.size(); b++) {
			divide(p.buckets.get(b), b, false);
		}
		PerUnit u = kept();
		u.sources = IntStream.concat(Arrays.stream(p.scaleActivities[scale]).filter(a -> base.plainActivity[a]),
				Arrays.stream(p.scaleItems[scale]).filter(i -> base.plainItem[i]).map(i -> itemSource[i])).toArray();
		u.sourceNet = byYear(base.unitSourceNet, u.sources);
		u.sourceCapacity = byYear(base.unitSourceCapacity, u.sources);
		u.values = new double[u.sources.length];
		u.shapley = shapleyPerUnit(u.sources);
		perUnit[scale] = u;
	}

	/** Per year per party: its share of these sources' V_k at m = 1 by SHAPLEY. */
	private double[] shapleyPerUnit(int[] sources) {
		double[] shares = new double[parties * years];
		for (int k : sources) {
			int[] members = base.required[k];
			for (int t = 0, at = k * years; t < years; t++, at++) {
				double value = weight[t] * (base.sourceValueWithCapacity
						? base.unitSourceNet[at] + base.unitSourceCapacity[at]
						: base.unitSourceNet[at]);
				for (int i : members) {
					shares[t * parties + i] += value / members.length;
				}
			}
		}
		return shares;
	}

	/** The values of these sources year by year: those of year 0 of every source, then of year 1, and so on. */
	private double[] byYear(double[] perSource, int[] sources) {
		double[] byYear = new double[years * sources.length];
		for (int t = 0; t < years; t++) {
			for (int j = 0; j < sources.length; j++) {
				byYear[t * sources.length + j] = perSource[sources[j] * years + t];
			}
		}
		return byYear;
	}

	private static boolean hasPlain(int[] lines, boolean[] plain) {
		for (int line : lines) {
			if (plain[line]) {
				return true;
			}
		}
		return false;
	}

	/** The figures in the buffers, those of one scale's lines per unit of m, where they are not 0. */
	private PerUnit kept() {
		PerUnit u = new PerUnit();
		double[] saved = new double[ledger.size()];
		ledger.save(saved);
		if (perParty) {
			double[] nets = new double[parties * years];
			ledger.nets(nets);
			u.netPlaces = IntStream.range(0, parties).filter(i -> nonZero(nets, i)).map(i -> i * years).toArray();
			u.nets = gather(nets, u.netPlaces);
			u.capacityPlaces = ledger.reached(saved, Ledger.CAPACITY);
			u.capacity = ledger.at(saved, u.capacityPlaces);
		} else {
			u.ledgerPlaces = ledger.reached(saved, -1);
			u.ledger = ledger.at(saved, u.ledgerPlaces);
			u.domainPlaces = IntStream.range(0, DOMAINS * parties).filter(place -> nonZero(domainNet, place))
					.map(place -> place * years).toArray();
			u.domainNet = gather(domainNet, u.domainPlaces);
		}
		u.parties = IntStream.range(0, parties).filter(i -> touched[i] || gross[i] != 0 || nonZero(netChange, i)
				|| nonZero(grossChange, i) || Arrays.stream(steady[i]).anyMatch(v -> v != 0)).toArray();
		u.partyPlaces = Arrays.stream(u.parties).map(i -> i * years).toArray();
		u.netChange = gather(netChange, u.partyPlaces);
		u.grossChange = gather(grossChange, u.partyPlaces);
		u.steady = Arrays.stream(u.parties).mapToObj(i -> steady[i].clone()).toArray(double[][]::new);
		u.steadyGross = Arrays.stream(u.parties).mapToDouble(i -> gross[i]).toArray();
		u.touched = new boolean[u.parties.length];
		for (int j = 0; j < u.parties.length; j++) {
			u.touched[j] = touched[u.parties[j]];
		}
		u.buckets = IntStream.range(0, bucketSteady.length).filter(b -> bucketSteady[b] != 0 || nonZero(bucketValue, b))
				.toArray();
		u.bucketValue = gather(bucketValue, Arrays.stream(u.buckets).map(b -> b * years).toArray());
		u.bucketSteady = Arrays.stream(u.buckets).mapToDouble(b -> bucketSteady[b]).toArray();
		return u;
	}

	/** Whether any year of line (block) {@code place} of a buffer with one value per year is not 0. */
	private boolean nonZero(double[] values, int place) {
		for (int t = 0, at = place * years; t < years; t++, at++) {
			if (values[at] != 0) {
				return true;
			}
		}
		return false;
	}

	/** The years of a buffer from each place on, one after the other. */
	private double[] gather(double[] values, int[] places) {
		double[] gathered = new double[places.length * years];
		for (int j = 0; j < places.length; j++) {
			System.arraycopy(values, places[j], gathered, j * years, years);
		}
		return gathered;
	}

	private void copyYears(double[] from, double[] to, int line) {
		System.arraycopy(from, line * years, to, line * years, years);
	}

	/**
	 * The variant's changed lines applied to the base's figures: the base restored, the plain lines of each
	 * scale whose m the variant changes moved by the change of m at once, and each other changed line's
	 * contribution with the base's values taken out and with the variant's put in. Returns false, leaving
	 * the buffers to a full run, when a key weight that the changed lines touch is so close to 0 that the
	 * rounding of the subtraction could decide whether a party's share is 0.
	 */
	private boolean changes(PreparedCase.Variant variant) {
		for (int scale : variant.scales) {
			if (!unitKept[scale]) {
				perUnit(scale);
			}
		}
		restoreBase();
		this.plan = variant.plan;
		this.rows = base.realise ? variant.real : variant.plan;
		this.realise = base.realise;
		groups(rows, participants, successes);
		Arrays.fill(netChange, 0);
		Arrays.fill(grossChange, 0);
		Arrays.fill(touched, false);
		Arrays.fill(bucketChanged, false);
		System.arraycopy(base.gross, 0, gross, 0, parties);
		for (int a : lastOwnActivities) {
			ownActivity[a] = false;
		}
		for (int i : lastOwnItems) {
			ownItem[i] = false;
		}
		for (int a : variant.ownActivities) {
			ownActivity[a] = true;
		}
		for (int i : variant.ownItems) {
			ownItem[i] = true;
		}
		lastOwnActivities = variant.ownActivities;
		rescaleAll = terms.perYear();
		for (int scale : lastScales) {
			scaleMoved[scale] = false;
		}
		for (int scale : variant.scales) {
			scaleMoved[scale] = true;
		}
		lastScales = variant.scales;
		lastOwnItems = variant.ownItems;
		tracking = true;
		for (int scale : variant.scales) {
			scaled(scale);
		}
		System.arraycopy(bucketValue, 0, bucketScaled, 0, bucketValue.length);
		System.arraycopy(bucketSteady, 0, bucketSteadyScaled, 0, bucketSteady.length);
		lines(variant);
		for (int a : rescaledActivities) {
			rescaled(a, p.activities.get(a).scale());
		}
		for (int i : rescaledItems) {
			rescaled(p.items[i]);
		}
		for (int a : passActivities) {
			Lines.ActivityLine line = p.activities.get(a);
			activity(a, line, base.plainActivity[a] ? Pass.OLD_AT_NEW_SCALE : Pass.OLD);
			activity(a, line, Pass.NEW);
		}
		for (int i : passItems) {
			Lines.ItemLine item = p.items[i];
			if (!item.shared()) {
				item(item, base.plainItem[i] ? Pass.OLD_AT_NEW_SCALE : Pass.OLD);
				item(item, Pass.NEW);
			}
		}
		tracking = false;
		for (int i = 0; i < parties; i++) {
			if (touched[i]) {
				for (int t = 0; t < years; t++) {
					gross[i] += discountFactor[t] * grossChange[i * years + t];
				}
			}
		}
		lastItems(variant.items);
		if (weighedKeys) {
			for (int i = 0; i < parties; i++) {
				double b = base.benefits[i];
				if (touched[i]) {
					for (int t = 0; t < years; t++) {
						b += discountFactor[t] * netChange[i * years + t];
					}
				}
				benefits[i] = b;
			}
		}
		keys();
		if (weighedKeys && nearZeroWeight()) {
			return false;
		}
		requiredSets();
		for (int i : passItems) {
			Lines.ItemLine item = p.items[i];
			if (item.shared()) {
				item(item, base.plainItem[i] ? Pass.OLD_AT_NEW_SCALE : Pass.OLD);
				item(item, Pass.NEW);
				bucketChanged[item.bucket()] = true;
			}
		}
		for (int k = 0; k < keyBuckets.length; k++) {
			boolean sharesMoved = !Arrays.equals(keyShares[k], base.keyShares[k]);
			if (perParty) {
				divideNets(k, sharesMoved);
			}
			for (int b : keyBuckets[k]) {
				if (bucketChanged[b] || sharesMoved) {
					divide(p.buckets.get(b), b, true);
				}
			}
		}
		return true;
	}

	/**
	 * For the figures per party, a key's buckets that a variant changes divided again at once, as the change
	 * of each receiving party's net (CASH) and capacity (as {@link #receive} would put them in its flows); their
	 * steady state by {@link #divide}.
	 */
	private void divideNets(int k, boolean sharesMoved) {
		int[] receivers = p.keys.get(k).parties();
		double[] shares = keyShares[k];
		double[] was = base.keyShares[k];
		for (int t = 0; t < years; t++) {
			double net = 0;
			double netBefore = 0;
			double capacity = 0;
			double capacityBefore = 0;
			for (int b : keyBuckets[k]) {
				if (!bucketChanged[b] && !sharesMoved) {
					continue;
				}
				Lines.Bucket bucket = p.buckets.get(b);
				double v = bucketValue[b * years + t];
				double before = bucketScaled[b * years + t];
				if (bucket.nature() == Nature.CASH) {
					net += bucket.cost() ? -v : v;
					netBefore += bucket.cost() ? -before : before;
				} else if (bucket.nature() == Nature.CAPACITY) {
					capacity += bucket.sign() * v;
					capacityBefore += bucket.sign() * before;
				}
			}
			for (int r = 0; r < receivers.length; r++) {
				if (net != 0 || netBefore != 0) {
					ledger.moveNet(receivers[r], t, net * shares[r] - netBefore * was[r]);
				}
				if (capacity != 0 || capacityBefore != 0) {
					ledger.add(receivers[r], t, Ledger.CAPACITY, capacity * shares[r] - capacityBefore * was[r]);
				}
			}
		}
	}

	/**
	 * The plain lines of a scale at the variant's m: each of their sums moved by (m(t) − m_base(t)) times
	 * its value per unit of m; what the changed lines took out and put in grows by (m(t) + m_base(t)) times
	 * its size per unit (m is never negative). The steady year takes the plan's m (6.10).
	 */
	private void scaled(int scale) {
		PerUnit u = perUnit[scale];
		if (u == null) {
			return;
		}
		mChange(scale);
		int s = p.steadyYear;
		double steadyM = planScale(scale, plan, s);
		double steadyWas = planScale(scale, p.planRows, s);
		if (perParty) {
			ledger.moveNets(u.netPlaces, u.nets, mChange);
			ledger.addScaled(u.capacityPlaces, u.capacity, mChange);
		} else {
			ledger.addScaled(u.ledgerPlaces, u.ledger, mChange);
			addScaled(domainNet, u.domainPlaces, u.domainNet, mChange);
		}
		addScaled(netChange, u.partyPlaces, u.netChange, mChange);
		addScaled(grossChange, u.partyPlaces, u.grossChange, mSum);
		for (int j = 0; j < u.parties.length; j++) {
			int i = u.parties[j];
			for (int f = 0; f < steady[i].length; f++) {
				steady[i][f] += (steadyM - steadyWas) * u.steady[j][f];
			}
			gross[i] += (steadyM + steadyWas) * u.steadyGross[j];
			touched[i] |= u.touched[j];
		}
		for (int j = 0; j < u.buckets.length; j++) {
			int b = u.buckets[j];
			for (int t = 0; t < years; t++) {
				bucketValue[b * years + t] += mChange[t] * u.bucketValue[j * years + t];
			}
			bucketSteady[b] += (steadyM - steadyWas) * u.bucketSteady[j];
		}
	}

	/** Adds factor(t) times the values gathered from each place (see {@link #gather}) in every year t. */
	private void addScaled(double[] values, int[] places, double[] gathered, double[] factor) {
		for (int j = 0; j < places.length; j++) {
			for (int t = 0, at = places[j], from = j * years; t < years; t++, at++, from++) {
				values[at] += factor[t] * gathered[from];
			}
		}
	}

	/** Whether the variant being evaluated changes a plain activity by its scale alone. */
	private boolean scaledOnly(int a) {
		return base.plainActivity[a] && !ownActivity[a];
	}

	private boolean scaledOnly(Lines.ItemLine item) {
		return base.plainItem[item.item()] && !ownItem[item.item()];
	}

	/** m(t) − m_base(t) and m(t) + m_base(t) of a scale in every year, into mChange and mSum. */
	private void mChange(int scale) {
		double[] m = scale % 2 == 1 ? successes : participants;
		double[] was = scale % 2 == 1 ? base.successes : base.participants;
		for (int t = 0, at = scale / 2 * years; t < years; t++, at++) {
			mChange[t] = m[at] - was[at];
			mSum[t] = m[at] + was[at];
		}
	}

	/** A plain activity that only its scale changes: its own figures are m(t) times those per unit of m. */
	private void rescaled(int a, Lines.Scale scale) {
		double[] mRow = scaleRow(scale, participants, successes);
		for (int t = 0, at = a * years, m = scaleAt(scale); t < years; t++, at++, m++) {
			activityExpenseChange[at] = mRow[m] * base.unitExpenseChange[at];
			activityBaseline[at] = mRow[m] * base.unitBaseline[at];
			sourceNet[at] = mRow[m] * base.unitSourceNet[at];
			sourceCapacity[at] = mRow[m] * base.unitSourceCapacity[at];
		}
	}

	/** The same for a plain item. */
	private void rescaled(Lines.ItemLine item) {
		double[] mRow = scaleRow(item.scale(), participants, successes);
		int source = itemSource[item.item()] * years;
		for (int t = 0, at = item.item() * years, m = scaleAt(item.scale()); t < years; t++, at++, m++) {
			itemValue[at] = mRow[m] * base.unitItemValue[at];
			sourceNet[source + t] = mRow[m] * base.unitSourceNet[source + t];
			sourceCapacity[source + t] = mRow[m] * base.unitSourceCapacity[source + t];
		}
	}

	/** The base's figures back in the buffers: all of them after a full run, else those the last variant changed. */
	private void restoreBase() {
		ledger.restore(base.ledger);
		if (!perParty) {
			System.arraycopy(base.domainNet, 0, domainNet, 0, domainNet.length);
		}
		for (int i = 0; i < parties; i++) {
			System.arraycopy(base.steady[i], 0, steady[i], 0, steady[i].length);
		}
		System.arraycopy(base.bucketValue, 0, bucketValue, 0, bucketValue.length);
		System.arraycopy(base.bucketSteady, 0, bucketSteady, 0, bucketSteady.length);
		if (changedSince) {
			for (int a = 0; a < financierShares.length; a++) {
				System.arraycopy(base.financierShares[a], 0, financierShares[a], 0, financierShares[a].length);
			}
			System.arraycopy(base.sourceNet, 0, sourceNet, 0, sourceNet.length);
			System.arraycopy(base.sourceCapacity, 0, sourceCapacity, 0, sourceCapacity.length);
			System.arraycopy(base.activityExpenseChange, 0, activityExpenseChange, 0, activityExpenseChange.length);
			System.arraycopy(base.activityBaseline, 0, activityBaseline, 0, activityBaseline.length);
			System.arraycopy(base.itemValue, 0, itemValue, 0, itemValue.length);
			changedSince = false;
			return;
		}
		// the lines the last variant wrote (the others' per-line figures were left as the base's)
		restoreActivities(passActivities);
		restoreActivities(rescaledActivities);
		restoreItems(passItems);
		restoreItems(rescaledItems);
	}

	private void restoreActivities(int[] lines) {
		for (int a : lines) {
			System.arraycopy(base.financierShares[a], 0, financierShares[a], 0, financierShares[a].length);
			restoreYears(base.activityExpenseChange, activityExpenseChange, a);
			restoreYears(base.activityBaseline, activityBaseline, a);
			restoreYears(base.sourceNet, sourceNet, a);
			restoreYears(base.sourceCapacity, sourceCapacity, a);
		}
	}

	private void restoreItems(int[] lines) {
		for (int i : lines) {
			restoreYears(base.itemValue, itemValue, i);
			restoreYears(base.sourceNet, sourceNet, itemSource[i]);
			restoreYears(base.sourceCapacity, sourceCapacity, itemSource[i]);
		}
	}

	private void restoreYears(double[] from, double[] to, int line) {
		System.arraycopy(from, line * years, to, line * years, years);
	}

	/**
	 * V_k = Σ_t w(t) × (net_k(t) + [includeCapacity] capacity_k(t)) of every source (section 3). After a
	 * variant's changes only its changed lines are summed again; the others keep the base's values, summed with
	 * the same weights (a variant that changes the discount rate is evaluated in full).
	 */
	void sourceValues(boolean capacity) {
		changedValues = base != null && !changedSince && base.sourceValueWithCapacity == capacity;
		scaledValuesLeft = false;
		if (!changedValues) {
			for (int k = 0; k < sources(); k++) {
				sourceValue[k] = sourceValue(k, capacity);
			}
			return;
		}
		System.arraycopy(base.sourceValue, 0, sourceValue, 0, sourceValue.length);
		for (int a : passActivities) {
			sourceValue[a] = sourceValue(a, capacity);
		}
		for (int i : passItems) {
			sourceValue[itemSource[i]] = sourceValue(itemSource[i], capacity);
		}
		scaledValuesLeft = lastScales.length > 0;
	}

	/** The V_k that {@link #sourceValues} left to the scales' sums, for the core check. */
	private void scaledSourceValues() {
		if (scaledValuesLeft) {
			for (int scale : lastScales) {
				scaledValues(scale, base.sourceValueWithCapacity);
			}
			scaledValuesLeft = false;
		}
	}

	/**
	 * SHAPLEY's final values of the V_k of {@link #sourceValues} (section 3), into y. When those are the base's
	 * with a variant's changed sources summed again, they are the base's y moved by the scales' sums (each
	 * plain line of a changed scale at the variant's m, shared by the parties the base required for it), and
	 * then each other change of a source's value or of its required parties (a key's positive shares): what
	 * was counted for it taken from the parties counted, its value now given to those required now.
	 */
	void shapley(double[] y) {
		if (!changedValues) {
			FairDivision.shapley(requiredSets, sourceValue, y);
			return;
		}
		System.arraycopy(base.shapley, 0, y, 0, parties);
		for (int scale : lastScales) {
			PerUnit u = perUnit[scale];
			if (u != null) {
				mChange(scale);
				for (int t = 0, at = 0; t < years; t++) {
					double change = mChange[t];
					for (int i = 0; i < parties; i++, at++) {
						y[i] += change * u.shapley[at];
					}
				}
			}
		}
		for (int k = 0; k < keyShares.length; k++) {
			keyMoved[k] = !Arrays.equals(requiredPositive[k], base.positive[k]);
		}
		for (int a : passActivities) {
			moveShare(a, y);
		}
		for (int i : passItems) {
			moveShare(itemSource[i], y);
		}
		// the other shared items whose key's parties moved: unchanged, or left to the scales' sums
		for (int k : sharedSources) {
			int i = sourceItem[k];
			if (keyMoved[p.items[i].key()] && (!lastItem[i] || scaledOnly(p.items[i]))) {
				moveShare(k, y);
			}
		}
	}

	/**
	 * A changed source's share moved: what y counts for it (its value at the variant's m if it is a plain line
	 * of a changed scale, else the base's value, on the base's parties) replaced by its value now on the
	 * parties required now.
	 */
	private void moveShare(int k, double[] y) {
		boolean sameParties = !sharedSource(k) || !keyMoved[p.items[sourceItem[k]].key()];
		boolean scaledOnly = scaledOnlySource(k);
		if (sameParties && scaledOnly) {
			return;
		}
		double counted = scaledLine(k) ? scaledValue(k) : base.sourceValue[k];
		double now = scaledOnly ? counted : sourceValue[k];
		if (sameParties) {
			double change = (now - counted) / requiredOf[k].length;
			for (int i : requiredOf[k]) {
				y[i] += change;
			}
			return;
		}
		double was = counted / base.required[k].length;
		for (int i : base.required[k]) {
			y[i] -= was;
		}
		double share = now / requiredOf[k].length;
		for (int i : requiredOf[k]) {
			y[i] += share;
		}
	}

	/** Whether source k is a plain line of a scale the variant changes (in the scales' sums). */
	private boolean scaledLine(int k) {
		boolean activity = k < p.activities.size();
		int scale = p.scale(activity ? p.activities.get(k).scale() : p.items[sourceItem[k]].scale());
		return (activity ? base.plainActivity[k] : base.plainItem[sourceItem[k]]) && scale >= 0 && scaleMoved[scale];
	}

	/** Whether the variant changes source k by its scale alone. */
	private boolean scaledOnlySource(int k) {
		return k < p.activities.size() ? scaledOnly(k) : scaledOnly(p.items[sourceItem[k]]);
	}

	/** V_k of a plain line at the variant's m, from its figures per unit of m. */
	private double scaledValue(int k) {
		Lines.Scale scale = k < p.activities.size() ? p.activities.get(k).scale() : p.items[sourceItem[k]].scale();
		double[] mRow = scaleRow(scale, participants, successes);
		double[] net = base.unitSourceNet;
		double[] capacity = base.unitSourceCapacity;
		double value = 0;
		if (base.sourceValueWithCapacity) {
			for (int t = 0, at = k * years, m = scaleAt(scale); t < years; t++, at++, m++) {
				value += weight[t] * mRow[m] * (net[at] + capacity[at]);
			}
		} else {
			for (int t = 0, at = k * years, m = scaleAt(scale); t < years; t++, at++, m++) {
				value += weight[t] * mRow[m] * net[at];
			}
		}
		return value;
	}

	/**
	 * V_k of the plain lines of a scale that the variant changes by their scale alone: Σ_t w(t) × m(t) × their
	 * figures per unit of m.
	 */
	private void scaledValues(int scale, boolean capacity) {
		PerUnit u = perUnit[scale];
		if (u == null) {
			return;
		}
		double[] m = scale % 2 == 1 ? successes : participants;
		int n = u.sources.length;
		Arrays.fill(u.values, 0);
		double[] values = u.values;
		double[] net = u.sourceNet;
		double[] capacityOf = u.sourceCapacity;
		for (int t = 0, at = scale / 2 * years; t < years; t++, at++) {
			double factor = weight[t] * m[at];
			int from = t * n;
			// two loops rather than a test per value, so that each runs over the sources at once
			if (capacity) {
				for (int j = 0; j < n; j++) {
					values[j] += factor * (net[from + j] + capacityOf[from + j]);
				}
			} else {
				for (int j = 0; j < n; j++) {
					values[j] += factor * net[from + j];
				}
			}
		}
		for (int j = 0; j < n; j++) {
			if (scaledOnlySource(u.sources[j])) {
				sourceValue[u.sources[j]] = u.values[j];
			}
		}
	}

	private double sourceValue(int k, boolean capacity) {
		double value = 0;
		for (int t = 0, at = k * years; t < years; t++, at++) {
			value += weight[t] * (sourceNet[at] + (capacity ? sourceCapacity[at] : 0));
		}
		return value;
	}

	/**
	 * Whether a party that the changed lines touch has a BY_BENEFIT or BY_EXPENSE weight within rounding of 0
	 * (relative to the sums behind it): the full calculation could then give it no share where this one gives
	 * a tiny one, or the other way round, and the shares decide who is required for a shared item (SHAPLEY).
	 */
	private boolean nearZeroWeight() {
		for (Lines.KeyLine key : p.keys) {
			if (key.method() != KeyMethod.BY_BENEFIT && key.method() != KeyMethod.BY_EXPENSE) {
				continue;
			}
			for (int party : key.parties()) {
				double w = key.method() == KeyMethod.BY_BENEFIT ? benefits[party] : steady[party][CURRENT_EXPENSE];
				if (touched[party] && gross[party] > 0 && Math.abs(w) <= NEAR_ZERO * gross[party]) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a party that the changed lines touch has a yearly net within rounding of 0 (relative to the
	 * sums behind it) without being exactly 0: arrangements that take max(0, net) (a revolving fund's
	 * refunds) would then see a rounding rest of the subtraction where the full calculation sees nothing.
	 */
	private boolean nearZeroNet() {
		for (int i = 0; i < parties; i++) {
			if (!touched[i]) {
				continue;
			}
			for (int t = 0; t < years; t++) {
				double net = ledger.net(i, t);
				if (net != 0 && Math.abs(net) <= NEAR_ZERO * Math.max(gross[i], 1)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The core check of the last {@link #run}'s final values (exact up to 20 parties). */
	public nl.ontschot.engine.result.CoreCheck coreCheck() {
		scaledSourceValues();
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
	private void groups(double[][] rows, double[] participants, double[] successes) {
		for (int g = 0; g < p.groupSlots.length; g++) {
			int[] s = p.groupSlots[g];
			double[] population = rows[s[0]];
			double[] reachRate = rows[s[1]];
			double[] successRate = rows[s[2]];
			for (int t = 0; t < years; t++) {
				double participantsOf = population[t] * reachRate[t];
				participants[g * years + t] = participantsOf;
				successes[g * years + t] = participantsOf * successRate[t];
			}
		}
	}

	/**
	 * The values of the scale m(t): 1 (TOTAL), P(t) (PER_PARTICIPANT) or S(t) (PER_SUCCESS) of the line's group,
	 * at {@link #scaleAt} its year 0, then one per year.
	 */
	private double[] scaleRow(Lines.Scale scale, double[] participants, double[] successes) {
		if (scale.group() < 0 || scale.basis() == Basis.TOTAL) {
			return ones;
		}
		return scale.basis() == Basis.PER_PARTICIPANT ? participants : successes;
	}

	private int scaleAt(Lines.Scale scale) {
		return scale.group() < 0 || scale.basis() == Basis.TOTAL ? 0 : scale.group() * years;
	}

	/**
	 * After a run without actuals: the total volume of an activity that the plan expects in year t, m(t) × (f(t) ×
	 * u.volume + (1 − f(t)) × c.volume): the part not yet changed still runs as now. A realised volume replaces
	 * it (6.7); when f(t) = 1 the realised year with this volume gives the plan's figures.
	 */
	double plannedVolume(Lines.ActivityLine a, int t) {
		double f = p.effect[t];
		return scaleRow(a.scale(), participants, successes)[scaleAt(a.scale()) + t]
				* (f * rows[a.uVolume()][t] + (1 - f) * rows[a.cVolume()][t]);
	}

	/** After a run without actuals: an item's total value in year t, which a realised amount replaces (6.7). */
	double plannedValue(Lines.ItemLine item, int t) {
		return value(item, rows, scaleRow(item.scale(), participants, successes), scaleAt(item.scale()), t);
	}

	/** The plan's scale in year t, for the steady year (6.2). */
	double planScale(Lines.Scale scale, int t) {
		return planScale(scale, plan, t);
	}

	private double planScale(Lines.Scale scale, double[][] plan, int t) {
		return planScale(p.scale(scale), plan, t);
	}

	/** The plan's m in year t of a scale (see {@link PreparedCase#scale}). */
	private double planScale(int scale, double[][] plan, int t) {
		if (scale < 0) {
			return 1;
		}
		int[] s = p.groupSlots[scale / 2];
		double participantsOf = plan[s[0]][t] * plan[s[1]][t];
		return scale % 2 == 0 ? participantsOf : participantsOf * plan[s[2]][t];
	}

	/** Each financier's share of an activity: given shares normalised to sum 1, taken once (6.2, 6.3). */
	double financierShare(Lines.ActivityLine a, int f) {
		return financierShare(a, plan, f);
	}

	private static double financierShare(Lines.ActivityLine a, double[][] plan, int f) {
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
	 * of the year: dE = volume × tariff − m × c.volume × c.tariff, and so on, with no f(t). The {@link Pass}
	 * says with which values and m, and whether the line is put in or taken out.
	 */
	private void activity(int index, Lines.ActivityLine a, Pass pass) {
		boolean old = pass == Pass.OLD || pass == Pass.OLD_AT_NEW_SCALE;
		double[][] rows = pass == Pass.NEW ? this.rows : base.rows;
		double[][] plan = pass == Pass.NEW ? this.plan : p.planRows;
		double sign = old ? -1 : 1;
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
		double[] mRow = scaleRow(pass, a.scale());
		int mAt = pass == Pass.UNIT ? 0 : scaleAt(a.scale());
		int[] financiers = a.financiers();
		double[] shares = old ? base.financierShares[index] : financierShares[index];
		if (!old) {
			for (int f = 0; f < financiers.length; f++) {
				shares[f] = financierShare(a, plan, f);
			}
		}
		int domain = a.domain() < 0 ? DOMAINS - 1 : a.domain();
		boolean realised = realise && !Double.isNaN(firstRealised(a.realVolume()));
		for (int t = 0; t < years; t++) {
			double m = mRow[mAt + t];
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
			double cashCost = dC >= 0 ? dC : release[t] * dC;
			double released = dC >= 0 ? 0 : (1 - release[t]) * -dC;
			for (int f = 0; f < financiers.length; f++) {
				double part = shares[f] * dE;
				ledger.add(financiers[f], t, Ledger.EXPENSE, sign * part);
				domainNet[(domain * parties + financiers[f]) * years + t] -= sign * part;
				if (tracking) {
					change(financiers[f], t, -(sign * part));
				}
			}
			ledger.add(provider, t, Ledger.REVENUE, sign * dE);
			ledger.add(provider, t, Ledger.OPERATING_COST, sign * cashCost);
			ledger.add(provider, t, Ledger.CAPACITY, sign * released);
			ledger.add(provider, t, Ledger.HOURS, sign * dH);
			domainNet[(domain * parties + provider) * years + t] += sign * (dE - cashCost);
			if (tracking) {
				change(provider, t, sign * dE);
				change(provider, t, -(sign * cashCost));
			}
			if (!old) {
				activityExpenseChange[index * years + t] = dE;
				activityBaseline[index * years + t] = m * cVolume[t] * cTariff[t];
				sourceNet[source * years + t] = (financiers.length > 0 ? 0 : dE) - cashCost;
				sourceCapacity[source * years + t] = released;
			}
		}
		steadyState(a, plan, shares, steadyScale(pass, a.scale()), sign);
	}

	/** The m of a pass: the base's for OLD, 1 for UNIT, else the variant's. */
	private double[] scaleRow(Pass pass, Lines.Scale scale) {
		return pass == Pass.UNIT ? ones
				: pass == Pass.OLD ? scaleRow(scale, base.participants, base.successes)
						: scaleRow(scale, participants, successes);
	}

	/** The same in the steady year of the plan. */
	private double steadyScale(Pass pass, Lines.Scale scale) {
		return pass == Pass.UNIT ? 1 : planScale(scale, pass == Pass.OLD ? p.planRows : plan, p.steadyYear);
	}

	/** A change of a party's net in year t by a changed line, before shared items (for BY_BENEFIT). */
	private void change(int party, int t, double amount) {
		netChange[party * years + t] += amount;
		grossChange[party * years + t] += Math.abs(amount);
		touched[party] = true;
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
	private void steadyState(Lines.ActivityLine a, double[][] plan, double[] shares, double m, double sign) {
		int s = p.steadyYear;
		double currentExpense = m * plan[a.cVolume()][s] * plan[a.cTariff()][s];
		double futureExpense = m * plan[a.uVolume()][s] * plan[a.uTariff()][s];
		for (int f = 0; f < a.financiers().length; f++) {
			double share = shares[f];
			steady[a.financiers()[f]][CURRENT_EXPENSE] += sign * (share * currentExpense);
			steady[a.financiers()[f]][FUTURE_EXPENSE] += sign * (share * futureExpense);
			if (tracking) {
				// BY_EXPENSE weighs this: how large what went in and out is, for its rounding
				gross[a.financiers()[f]] += Math.abs(share * currentExpense);
				touched[a.financiers()[f]] = true;
			}
		}
		double[] provider = steady[a.provider()];
		provider[CURRENT_REVENUE] += sign * currentExpense;
		provider[FUTURE_REVENUE] += sign * futureExpense;
		provider[CURRENT_OPERATING_COST] += sign * (m * plan[a.cVolume()][s] * plan[a.cUnitCost()][s]);
		provider[FUTURE_OPERATING_COST] += sign * (m * plan[a.uVolume()][s] * plan[a.uUnitCost()][s]);
		provider[CURRENT_HOURS] += sign * (m * plan[a.cVolume()][s] * plan[a.cHours()][s]);
		provider[FUTURE_HOURS] += sign * (m * plan[a.uVolume()][s] * plan[a.uHours()][s]);
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
	private double value(Lines.ItemLine item, double[][] rows, double[] mRow, int mAt, int t) {
		double real = realise ? item.realised()[t] : Double.NaN;
		if (!Double.isNaN(real)) {
			return real;
		}
		if (!item.occurs()[t]) {
			return 0;
		}
		double v = base(item, rows, t, mRow[mAt + t]);
		return item.followsEffect() ? v * p.effect[t] : v;
	}

	/**
	 * An item in every year: its value is its source's (SHAPLEY), and goes to its party, or for a shared item
	 * into its bucket, which {@link #divide} divides by the key. The {@link Pass} says with which values and m,
	 * and whether the item is put in or taken out.
	 */
	private void item(Lines.ItemLine item, Pass pass) {
		boolean old = pass == Pass.OLD || pass == Pass.OLD_AT_NEW_SCALE;
		double[][] rows = pass == Pass.NEW ? this.rows : base.rows;
		double[][] plan = pass == Pass.NEW ? this.plan : p.planRows;
		double[] mRow = scaleRow(pass, item.scale());
		int mAt = pass == Pass.UNIT ? 0 : scaleAt(item.scale());
		double sign = old ? -1 : 1;
		int source = itemSource[item.item()];
		double itemSign = item.sign();
		for (int t = 0; t < years; t++) {
			double v = value(item, rows, mRow, mAt, t);
			if (!old) {
				itemValue[item.item() * years + t] = v;
				sourceNet[source * years + t] = item.nature() == Nature.CASH ? itemSign * v : 0;
				// social value is not money and is not settled
				sourceCapacity[source * years + t] = item.nature() == Nature.CAPACITY ? itemSign * v : 0;
			}
			if (item.shared()) {
				bucketValue[item.bucket() * years + t] += sign * v;
			} else if (v != 0) {
				receive(item.nature(), item.cost(), item.incidental(), item.domain(), itemSign, item.party(), t,
						sign * v);
				if (tracking && item.nature() == Nature.CASH) {
					change(item.party(), t, itemSign * (sign * v));
				}
			}
		}
		if (!item.incidental() && item.nature() == Nature.CASH) {
			// steadyState counts structural cash items at their full amount in the steady year of the plan
			int s = p.steadyYear;
			double full = base(item, plan, s, steadyScale(pass, item.scale()));
			if (item.shared()) {
				bucketSteady[item.bucket()] += sign * full;
			} else {
				steady[item.party()][item.cost() ? STRUCTURAL_ITEM_COSTS : STRUCTURAL_ITEM_BENEFITS] += sign * full;
			}
		}
	}

	/**
	 * A shared item (a bucket of them) divided over its key's parties, each taking its share; {@code again} for
	 * a variant, each party taking the change of its part: the variant's division less the base's division of
	 * the bucket's value as the scales moved it (which {@link #scaled} divided already).
	 */
	private void divide(Lines.Bucket bucket, int b, boolean again) {
		int[] receivers = p.keys.get(bucket.key()).parties();
		double[] shares = keyShares[bucket.key()];
		double[] was = again ? base.keyShares[bucket.key()] : shares;
		// the figures per party have their years from divideNets
		int flowYears = again && perParty ? 0 : years;
		for (int t = 0; t < flowYears; t++) {
			double v = bucketValue[b * years + t];
			double before = again ? bucketScaled[b * years + t] : 0;
			if (v == 0 && before == 0) {
				continue;
			}
			for (int r = 0; r < receivers.length; r++) {
				double part = again ? v * shares[r] - before * was[r] : v * shares[r];
				receive(bucket.nature(), bucket.cost(), bucket.incidental(), bucket.domain(), bucket.sign(),
						receivers[r], t, part);
			}
		}
		if (!bucket.incidental() && bucket.nature() == Nature.CASH) {
			double full = bucketSteady[b];
			double before = again ? bucketSteadyScaled[b] : 0;
			for (int r = 0; r < receivers.length; r++) {
				steady[receivers[r]][bucket.cost() ? STRUCTURAL_ITEM_COSTS : STRUCTURAL_ITEM_BENEFITS] += again
						? full * shares[r] - before * was[r]
						: full * shares[r];
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
					case BY_BENEFIT -> Math.max(0, benefits[party]);
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
	 * The parties required for every source, rebuilt only when a key's parties with a positive share are not
	 * those of the last time (they are all the run can change).
	 */
	private void requiredSets() {
		boolean any = !requiredMade;
		for (int k = 0; k < keyShares.length; k++) {
			keyChanged[k] = !requiredMade;
			for (int j = 0; j < keyShares[k].length; j++) {
				boolean positive = keyShares[k][j] > 0;
				keyChanged[k] |= positive != requiredPositive[k][j];
				requiredPositive[k][j] = positive;
			}
			any |= keyChanged[k];
		}
		if (!any) {
			return;
		}
		Arrays.fill(keyRequired, null);
		for (int k = 0; k < sources(); k++) {
			if (!requiredMade || sharedSource(k) && keyChanged[p.items[sourceItem[k]].key()]) {
				requiredOf[k] = required(k);
			}
		}
		requiredMade = true;
	}

	/**
	 * The parties required for source k (calculation.md section 3, 6.3): an activity's provider, financiers,
	 * requires and the essential parties; an item's party or, shared, its key's parties with a positive share,
	 * its requires and the essential parties.
	 */
	private int[] required(int source) {
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
		int[] result = merged(item, onlyEssentials ? keyRoom[item.key()] : room[source]);
		if (onlyEssentials) {
			keyRequired[item.key()] = result;
		}
		return result;
	}

	/** The parties of a shared item's set, in the room of their number. */
	private int[] merged(Lines.ItemLine item, int[][] room) {
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
		int[] result = room[count];
		int n = 0;
		for (int i = 0; i < parties; i++) {
			if (scratch[i]) {
				result[n++] = i;
			}
		}
		return result;
	}

	private boolean sharedSource(int k) {
		return sourceItem[k] >= 0 && p.items[sourceItem[k]].shared();
	}

	/** An array of each size from 0 to the number of parties. */
	private int[][] sizes() {
		int[][] sizes = new int[parties + 1][];
		for (int n = 0; n <= parties; n++) {
			sizes[n] = new int[n];
		}
		return sizes;
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
