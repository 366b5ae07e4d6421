package nl.ontschot.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A paid care activity, before and after: money that flows from a financier (if inside the case)
 * to a provider. {@code group} is resolved: empty only for basis TOTAL.
 */
public record Activity(String id, String name, Optional<Domain> domain, String unit, String provider,
		Optional<String> financier, Basis basis, Optional<String> group, Situation current, Situation future,
		double capacityRelease, List<String> requires) {

	public Activity {
		requires = List.copyOf(requires);
	}
}
