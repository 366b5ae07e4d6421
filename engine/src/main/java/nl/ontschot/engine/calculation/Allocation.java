package nl.ontschot.engine.calculation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Case;

/** The shares of every allocation key (verdeelsleutel) of a case, aligned with the key's parties. */
final class Allocation {

	private final Map<String, AllocationKey> keys = new HashMap<>();
	private final Map<String, double[]> shares = new HashMap<>();

	/**
	 * @param benefit B_i per party index: the present value of its net from activities and unshared items
	 */
	Allocation(Case c, double[] benefit, List<Notice> warnings) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < c.parties().size(); i++) {
			index.put(c.parties().get(i).id(), i);
		}
		for (AllocationKey key : c.allocationKeys()) {
			keys.put(key.id(), key);
			List<String> parties = key.parties();
			double[] weight = new double[parties.size()];
			for (int j = 0; j < weight.length; j++) {
				weight[j] = switch (key.method()) {
					case EQUAL -> 1;
					case WEIGHTS -> key.weights().getOrDefault(parties.get(j), 0.0);
					case BY_BENEFIT -> Math.max(0, benefit[index.get(parties.get(j))]);
				};
			}
			double sum = sum(weight);
			if (sum <= 0) {
				// only BY_BENEFIT can get here: validation demands a positive sum of weights
				warnings.add(Notice.of("allocationKeys." + key.id(), "warning.noPositiveBenefit"));
				java.util.Arrays.fill(weight, 1);
				sum = weight.length;
			}
			for (int j = 0; j < weight.length; j++) {
				weight[j] /= sum;
			}
			shares.put(key.id(), weight);
		}
	}

	AllocationKey key(String id) {
		return keys.get(id);
	}

	/** The shares of the key's parties, in the key's party order; they sum to 1. */
	double[] shares(AllocationKey key) {
		return shares.get(key.id());
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}
}
