package nl.ontschot.engine.json;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;

import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.schema.CaseSchema;
import tools.jackson.databind.JsonNode;

/**
 * Reads the realisation of a version 2 case (calculation.md 6.7): per calendar year inside the horizon, at
 * most once each, plain numbers for key figures, target groups, activities and items of the case.
 */
final class ActualsReader {

	private static final Set<String> FIELDS = Set.of("year", "note", "parameters", "targetGroups", "activities",
			"items");

	private final Problems problems;

	ActualsReader(Problems problems) {
		this.problems = problems;
	}

	List<Actual> read(Obj c, int startYear, int horizon, List<Parameter> parameters, List<TargetGroup> groups,
			List<Activity> activities, List<Item> items) {
		Set<String> parameterIds = new HashSet<>();
		parameters.forEach(p -> parameterIds.add(p.id()));
		Set<String> groupIds = new HashSet<>();
		groups.forEach(g -> groupIds.add(g.id()));
		Set<String> activityIds = new HashSet<>();
		activities.forEach(a -> activityIds.add(a.id()));
		Set<String> itemIds = new HashSet<>();
		items.forEach(i -> itemIds.add(i.id()));
		Set<Integer> seen = new HashSet<>();
		return c.list("actuals", (node, at) -> Obj.of(node, at, problems, FIELDS).map(o -> {
			o.require("year");
			int year = o.integer("year").orElse(startYear);
			if (o.integer("year").isPresent() && horizon >= 1 && (year < startYear || year >= startYear + horizon)) {
				problems.add(o.path("year"), "error.between", startYear, startYear + horizon - 1);
			} else if (o.given("year") && !seen.add(year)) {
				problems.add(o.path("year"), "error.duplicateYear", Integer.toString(year));
			}
			Map<String, Double> values = map(o, "parameters", parameterIds, "error.unknownParameter",
					(v, p) -> number(v, p, "actuals[].parameters.*"));
			Map<String, Actual.GroupActual> groupValues = map(o, "targetGroups", groupIds, "error.unknownGroup",
					(v, p) -> Obj.of(v, p, problems, Set.of("population", "reachRate", "successRate"))
							.map(g -> new Actual.GroupActual(optional(g, "population", "actuals[].targetGroups.*.population"),
									optional(g, "reachRate", "actuals[].targetGroups.*.reachRate"),
									optional(g, "successRate", "actuals[].targetGroups.*.successRate"))));
			Map<String, Actual.ActivityActual> activityValues = map(o, "activities", activityIds,
					"error.unknownActivity", (v, p) -> Obj.of(v, p, problems, Set.of("volume", "tariff", "unitCost"))
							.map(a -> {
								a.require("volume");
								return new Actual.ActivityActual(
										optional(a, "volume", "actuals[].activities.*.volume").orElse(0),
										optional(a, "tariff", "actuals[].activities.*.tariff"),
										optional(a, "unitCost", "actuals[].activities.*.unitCost"));
							}));
			Map<String, Double> itemValues = map(o, "items", itemIds, "error.unknownItem",
					(v, p) -> Obj.of(v, p, problems, Set.of("amount")).flatMap(i -> {
						i.require("amount");
						OptionalDouble amount = optional(i, "amount", "actuals[].items.*.amount");
						return amount.isPresent() ? Optional.of(amount.getAsDouble()) : Optional.empty();
					}));
			return new Actual(year, o.text("note").orElse(""), values, groupValues, activityValues, itemValues);
		}));
	}

	/** A map field whose keys are ids of the case, each value read on its own path (6.9: key appended with a dot). */
	private <T> Map<String, T> map(Obj o, String field, Set<String> ids, String unknownKey,
			BiFunction<JsonNode, String, Optional<T>> value) {
		Map<String, T> result = new LinkedHashMap<>();
		if (!o.given(field)) {
			return result;
		}
		JsonNode node = o.raw(field);
		if (!node.isObject()) {
			problems.add(o.path(field), "error.notObject");
			return result;
		}
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			String at = o.path(field) + "." + e.getKey();
			if (!ids.contains(e.getKey())) {
				problems.add(at, unknownKey, e.getKey());
				continue;
			}
			value.apply(e.getValue(), at).ifPresent(v -> result.put(e.getKey(), v));
		}
		return result;
	}

	private Optional<Double> number(JsonNode node, String at, String pattern) {
		OptionalDouble v = checked(node, at, pattern);
		return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
	}

	private OptionalDouble optional(Obj o, String field, String pattern) {
		return o.given(field) ? checked(o.raw(field), o.path(field), pattern) : OptionalDouble.empty();
	}

	/** Values in actuals are numbers (6.2), in the field's range. */
	private OptionalDouble checked(JsonNode node, String at, String pattern) {
		if (node.isString() && Formula.isFormula(node.asString())) {
			// say why a formula is refused here, where it is accepted everywhere else in a version 2 case
			problems.add(at, "error.formulaInActuals");
			return OptionalDouble.empty();
		}
		OptionalDouble v = Obj.number(node, at, problems);
		if (v.isPresent()) {
			Optional<nl.ontschot.engine.Notice> outside = CaseReader.outOfRange(CaseSchema.field(pattern).range(),
					v.getAsDouble());
			if (outside.isPresent()) {
				problems.add(at, outside.get().key(), outside.get().args().toArray());
				return OptionalDouble.empty();
			}
		}
		return v;
	}
}
