package nl.ontschot.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A kostenpost or batenpost. {@code amount} is per basis unit per occurrence (incidental) or per year
 * (structural); when the case gives fte × costPerFte, {@code amount} is empty and both of those are given.
 * {@code party} is empty only for a shared item without a penvoerder; {@code allocation} names the key of a
 * shared item.
 */
public record Item(String id, String name, ItemType type, Nature nature, Category category, Recurrence recurrence,
		int year, int fromYear, int toYear, Optional<Quantity> amount, Optional<Quantity> fte,
		Optional<Quantity> costPerFte, Basis basis, Optional<String> group, boolean followsEffect,
		Optional<String> party, Optional<String> allocation, Optional<Domain> domain, List<String> requires) {

	public Item {
		requires = List.copyOf(requires);
	}

	/** Whether the item occurs in year index t (before the effect curve). */
	public boolean occursIn(int t) {
		return switch (recurrence) {
			case INCIDENTAL -> t == year;
			case STRUCTURAL -> fromYear <= t && t <= toYear;
		};
	}

	public boolean shared() {
		return allocation.isPresent();
	}

	/** +1 for a benefit, -1 for a cost: the sign of the item's contribution to its parties. */
	public double sign() {
		return type == ItemType.BENEFIT ? 1 : -1;
	}

	/** A CASH COST item: what an impact bond or a revolving fund can finance. */
	public boolean cashCost() {
		return type == ItemType.COST && nature == Nature.CASH;
	}
}
