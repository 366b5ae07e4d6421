package nl.ontschot.engine.calculation;

import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;

/** The lines of a prepared case with every reference resolved to an index and every number to a slot. */
final class Lines {

	private Lines() {
	}

	/** Scale m of a line: the basis and the target group (-1 for TOTAL). */
	record Scale(Basis basis, int group) {
	}

	/**
	 * An activity. Slots of current and future volume, tariff, unit cost and hours per unit; financier shares
	 * (normalised once, 6.3); the realised volume, tariff and unit cost per year (NaN where not given, 6.7).
	 */
	record ActivityLine(int provider, int[] financiers, int[] financierShares, Scale scale, int cVolume, int cTariff,
			int cUnitCost, int cHours, int uVolume, int uTariff, int uUnitCost, int uHours, int release, int domain,
			int[] required, double[] realVolume, double[] realTariff, double[] realUnitCost) {
	}

	/**
	 * A counted item (one whose category is included). {@code party} is -1 for a shared item, {@code key} -1 for
	 * an unshared one; {@code amount} is -1 when the item is given as fte × costPerFte. {@code realised} is the
	 * realised total per year, NaN where not given.
	 */
	record ItemLine(int item, double sign, Nature nature, boolean cost, boolean incidental, boolean[] occurs,
			boolean followsEffect, Scale scale, int amount, int fte, int costPerFte, int party, int key, int domain,
			int[] required, double[] realised, int bucket) {

		boolean shared() {
			return key >= 0;
		}
	}

	/**
	 * Shared items that a key divides alike (same key, nature, type, recurrence and domain): their values are
	 * summed per year first and divided once, which gives the same figures as dividing each.
	 */
	record Bucket(int key, Nature nature, boolean cost, boolean incidental, int domain, double sign) {
	}

	/** An allocation key: its method, its parties and (WEIGHTS) the slot of each party's weight. */
	record KeyLine(KeyMethod method, int[] parties, int[] weights) {
	}
}
