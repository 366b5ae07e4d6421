package nl.ontschot.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario (calculation.md 6.6): a few fields of the case with other values, each named by its target
 * ({@code parameters.reductie}, {@code activities.zvw.future.volume}); empty texts when not given.
 */
public record Scenario(String id, String name, String description, Map<String, Quantity> set) {

	public Scenario {
		set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
	}
}
