package nl.ontschot.engine.model;

import java.util.List;
import java.util.Set;

/**
 * A case (casus) as the calculation sees it: validated, with every default applied and every reference
 * known to resolve. Read one with {@link nl.ontschot.engine.json.CaseJson}. The lists of schema version 2
 * (calculation.md section 6) are empty in a version 1 case. {@code uncertainty} is
 * {@link Uncertainty#NONE} when the case gives none (6.8).
 */
public record Case(int schemaVersion, String name, String description, int startYear, int horizonYears,
		Quantity discountRate, Quantity hoursPerFte, Implementation implementation, List<Parameter> parameters,
		List<TargetGroup> targetGroups, Set<Category> includedCategories, List<Party> parties,
		List<Activity> activities, List<Item> items, List<AllocationKey> allocationKeys, SettlementTerms settlement,
		List<Arrangement> arrangements, List<Scenario> scenarios, List<Actual> actuals, Uncertainty uncertainty) {

	public Case {
		parameters = List.copyOf(parameters);
		targetGroups = List.copyOf(targetGroups);
		includedCategories = Set.copyOf(includedCategories);
		parties = List.copyOf(parties);
		activities = List.copyOf(activities);
		items = List.copyOf(items);
		allocationKeys = List.copyOf(allocationKeys);
		arrangements = List.copyOf(arrangements);
		scenarios = List.copyOf(scenarios);
		actuals = List.copyOf(actuals);
	}

	public Case withSettlement(SettlementTerms terms) {
		return new Case(schemaVersion, name, description, startYear, horizonYears, discountRate, hoursPerFte,
				implementation, parameters, targetGroups, includedCategories, parties, activities, items,
				allocationKeys, terms, arrangements, scenarios, actuals, uncertainty);
	}

	public Case withUncertainty(Uncertainty other) {
		return new Case(schemaVersion, name, description, startYear, horizonYears, discountRate, hoursPerFte,
				implementation, parameters, targetGroups, includedCategories, parties, activities, items,
				allocationKeys, settlement, arrangements, scenarios, actuals, other);
	}

	/** The calendar years of the horizon: startYear + t. */
	public int year(int t) {
		return startYear + t;
	}
}
