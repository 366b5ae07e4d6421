package nl.ontschot.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A paid care activity, before and after: money that flows from its financiers (if inside the case) to a
 * provider. {@code financiers} is empty when nobody inside the case pays, one party with share 1 for a single
 * financier, or the parties that pay together (calculation.md 6.3). {@code group} is resolved: empty only for
 * basis TOTAL.
 */
public record Activity(String id, String name, Optional<Domain> domain, String unit, String provider,
		List<PartyShare> financiers, Basis basis, Optional<String> group, Situation current, Situation future,
		Quantity capacityRelease, List<String> requires) {

	public Activity {
		financiers = List.copyOf(financiers);
		requires = List.copyOf(requires);
	}

	public boolean financedBy(String party) {
		return financiers.stream().anyMatch(f -> f.party().equals(party));
	}
}
