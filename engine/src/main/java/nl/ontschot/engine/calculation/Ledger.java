package nl.ontschot.engine.calculation;

import nl.ontschot.engine.result.Flows;

/**
 * Accumulates each party's flows per year while the rules of calculation.md section 3 are applied. Plain
 * arrays, so that one prepared case can be evaluated many times cheaply; per party and field its years side
 * by side.
 */
final class Ledger {

	static final int ITEM_COSTS = 0;
	static final int ITEM_BENEFITS = 1;
	static final int REVENUE = 2;
	static final int OPERATING_COST = 3;
	static final int EXPENSE = 4;
	static final int ARRANGEMENT = 5;
	static final int CAPACITY = 6;
	static final int SOCIETAL = 7;
	static final int HOURS = 8;
	static final int INCIDENTAL_COSTS = 9;
	static final int STRUCTURAL_COSTS = 10;
	private static final int FIELDS = 11;

	private final int years;
	private final double[] values;
	/**
	 * Per party per year: a change of its net that its flows do not show ({@link #moveNets}), or null when the
	 * ledger keeps every change in its flows.
	 */
	private final double[] moved;

	Ledger(int parties, int years, boolean netsMove) {
		this.years = years;
		this.values = new double[parties * years * FIELDS];
		this.moved = netsMove ? new double[parties * years] : null;
	}

	void clear() {
		java.util.Arrays.fill(values, 0);
		if (moved != null) {
			java.util.Arrays.fill(moved, 0);
		}
	}

	/** Copies every value into {@code into} (as long as the ledger's own). */
	void save(double[] into) {
		System.arraycopy(values, 0, into, 0, values.length);
	}

	/** Takes every value from {@code from}, as {@link #save} left it (with no net moved). */
	void restore(double[] from) {
		System.arraycopy(from, 0, values, 0, values.length);
		if (moved != null) {
			java.util.Arrays.fill(moved, 0);
		}
	}

	int size() {
		return values.length;
	}

	/**
	 * The places (a party's field, at its year 0) where {@code saved} (as {@link #save} leaves it) has a value
	 * other than 0 in some year; of one field only when {@code field} is not -1.
	 */
	int[] reached(double[] saved, int field) {
		return java.util.stream.IntStream.range(0, saved.length / years)
				.filter(place -> field < 0 || place % FIELDS == field).map(place -> place * years).filter(at -> {
			for (int t = 0; t < years; t++) {
				if (saved[at + t] != 0) {
					return true;
				}
			}
			return false;
		}).toArray();
	}

	/** The years of {@code saved} at these places, one place after the other. */
	double[] at(double[] saved, int[] places) {
		double[] values = new double[places.length * years];
		for (int place = 0; place < places.length; place++) {
			System.arraycopy(saved, places[place], values, place * years, years);
		}
		return values;
	}

	/** Adds {@code factor(t)} times the values at the places (as {@link #at} gives them) in every year t. */
	void addScaled(int[] places, double[] perUnit, double[] factor) {
		addScaled(values, places, perUnit, factor);
	}

	/**
	 * Moves the nets of some parties (places: party × years) by {@code factor(t)} times {@code perUnit}, one
	 * year after the other per party, without their flows: for a ledger that keeps the nets alone up to date.
	 */
	void moveNets(int[] places, double[] perUnit, double[] factor) {
		addScaled(moved, places, perUnit, factor);
	}

	/** Moves a party's net in a year by {@code amount} without its flows (as {@link #moveNets}). */
	void moveNet(int party, int year, double amount) {
		moved[party * years + year] += amount;
	}

	private void addScaled(double[] into, int[] places, double[] perUnit, double[] factor) {
		for (int place = 0; place < places.length; place++) {
			for (int t = 0, at = places[place], from = place * years; t < years; t++, at++, from++) {
				into[at] += factor[t] * perUnit[from];
			}
		}
	}

	void add(int party, int year, int field, double amount) {
		values[(party * FIELDS + field) * years + year] += amount;
	}

	double get(int party, int year, int field) {
		return values[(party * FIELDS + field) * years + year];
	}

	/** net = itemBenefits − itemCosts + revenueChange − operatingCostChange − expenseChange + arrangementTransfers. */
	double net(int party, int year) {
		double net = get(party, year, ITEM_BENEFITS) - get(party, year, ITEM_COSTS) + get(party, year, REVENUE)
				- get(party, year, OPERATING_COST) - get(party, year, EXPENSE) + get(party, year, ARRANGEMENT);
		return moved == null ? net : net + moved[party * years + year];
	}

	/** Every party's net in every year (as {@link #net}), per party its years side by side, into {@code into}. */
	void nets(double[] into) {
		for (int party = 0, at = 0; at < into.length; party++) {
			int from = party * FIELDS * years;
			for (int t = 0; t < years; t++, at++, from++) {
				double net = values[from + ITEM_BENEFITS * years] - values[from + ITEM_COSTS * years]
						+ values[from + REVENUE * years] - values[from + OPERATING_COST * years]
						- values[from + EXPENSE * years] + values[from + ARRANGEMENT * years];
				into[at] = moved == null ? net : net + moved[at];
			}
		}
	}

	Flows flows(int party, int year) {
		return new Flows(get(party, year, ITEM_COSTS), get(party, year, ITEM_BENEFITS), get(party, year, REVENUE),
				get(party, year, OPERATING_COST), get(party, year, EXPENSE), get(party, year, ARRANGEMENT),
				net(party, year), get(party, year, CAPACITY), get(party, year, SOCIETAL), get(party, year, HOURS),
				get(party, year, INCIDENTAL_COSTS), get(party, year, STRUCTURAL_COSTS));
	}
}
