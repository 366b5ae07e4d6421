package nl.ontschot.engine.model;

import java.util.List;
import java.util.Map;

/**
 * A verdeelsleutel. {@code parties} is resolved (all parties, or for WEIGHTS the parties named in the
 * weights, when not given); {@code weights} is empty unless the method is WEIGHTS.
 */
public record AllocationKey(String id, String name, KeyMethod method, List<String> parties,
		Map<String, Quantity> weights, String basis) {

	public AllocationKey {
		parties = List.copyOf(parties);
		weights = Map.copyOf(weights);
	}
}
