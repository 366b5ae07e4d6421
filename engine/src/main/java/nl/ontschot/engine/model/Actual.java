package nl.ontschot.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What was realised in one calendar year (calculation.md 6.7): key figures and target-group figures that
 * replace the plan's in that year, realised activity volumes (with tariff and unit cost when they differ from
 * the plan) and realised item totals.
 */
public record Actual(int year, String note, Map<String, Double> parameters, Map<String, GroupActual> targetGroups,
		Map<String, ActivityActual> activities, Map<String, Double> items) {

	public Actual {
		parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		targetGroups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targetGroups));
		activities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(activities));
		items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
	}

	public record GroupActual(OptionalDouble population, OptionalDouble reachRate, OptionalDouble successRate) {
	}

	/** The realised total volume of the year; tariff and unit cost default to the year's future values. */
	public record ActivityActual(double volume, OptionalDouble tariff, OptionalDouble unitCost) {
	}
}
