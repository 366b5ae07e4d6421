package nl.ontschot.engine.model;

import java.util.List;

/**
 * An organisation taking part. {@code essential}: the innovation cannot happen without it.
 * {@code contact} is empty when not given.
 */
public record Party(String id, String name, PartyType type, boolean essential, List<Domain> domains, String contact) {

	public Party {
		domains = List.copyOf(domains);
	}
}
