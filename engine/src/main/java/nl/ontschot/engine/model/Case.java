package nl.ontschot.engine.model;

import java.util.List;
import java.util.Set;

/**
 * A case (casus) as the calculation sees it: validated, with every default applied and every reference
 * known to resolve. Read one with {@link nl.ontschot.engine.json.CaseJson}.
 */
public record Case(String name, String description, int startYear, int horizonYears, double discountRate,
		double hoursPerFte, Implementation implementation, List<TargetGroup> targetGroups,
		Set<Category> includedCategories, List<Party> parties, List<Activity> activities, List<Item> items,
		List<AllocationKey> allocationKeys, SettlementTerms settlement) {

	public Case {
		targetGroups = List.copyOf(targetGroups);
		includedCategories = Set.copyOf(includedCategories);
		parties = List.copyOf(parties);
		activities = List.copyOf(activities);
		items = List.copyOf(items);
		allocationKeys = List.copyOf(allocationKeys);
	}

	public Case withSettlement(SettlementTerms terms) {
		return new Case(name, description, startYear, horizonYears, discountRate, hoursPerFte, implementation,
				targetGroups, includedCategories, parties, activities, items, allocationKeys, terms);
	}

	/** The discount factor d(t) = (1 + discountRate)^(-t); the start year is not discounted. */
	public double discount(int t) {
		return Math.pow(1 + discountRate, -t);
	}
}
