package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.formula.Compiled;
import nl.ontschot.engine.formula.Dependencies;
import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.Scenario;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.Situation;
import nl.ontschot.engine.model.Target;
import nl.ontschot.engine.model.Targets;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.UncertaintyResult;
import nl.ontschot.engine.result.MoneyFlow;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.Range;
import nl.ontschot.engine.schema.SchemaField;

/**
 * A case prepared once to be evaluated many times (scenarios, the comparison of arrangements, the settlement
 * methods side by side, Monte Carlo): every numeric field resolved to a slot with a value per year, every
 * formula compiled, every reference an index. A {@link Variant} gives some fields other values; an
 * {@link Evaluation} (reusable buffers, one per thread) evaluates it without parsing or building result
 * objects. The full result is prepare, evaluate, assemble ({@link #calculate()}).
 */
public final class PreparedCase {

	final Case c;
	final int parties;
	final int years;
	final Map<String, Integer> partyIndex = new HashMap<>();
	final Map<String, Integer> groupIndex = new HashMap<>();
	final Map<String, Integer> activityIndex = new HashMap<>();
	final Map<String, Integer> itemIndex = new HashMap<>();
	final Map<String, Integer> keyIndex = new HashMap<>();
	final List<String> parameterIds;
	final double[] effect;
	final int[] essentials;
	final int steadyYear;
	final Slots slots;
	final int discountRate;
	final int hoursPerFte;
	/** Per target group: the slots of population, reach rate and success rate. */
	final int[][] groupSlots;
	final List<Lines.ActivityLine> activities = new ArrayList<>();
	/** Per item of the case its line, or null when its category is not counted. */
	final Lines.ItemLine[] items;
	final List<Lines.KeyLine> keys = new ArrayList<>();
	final List<Lines.Bucket> buckets = new ArrayList<>();
	final List<Notice> warnings = new ArrayList<>();
	/** Per arrangement, the slot of each numeric term by name ({@code sharingRate}, {@code recipients[0].share}). */
	final List<Map<String, Integer>> arrangementSlots = new ArrayList<>();
	/** Per target kind and line, the slot of each field a scenario may name. */
	private final Map<Target, Integer> targetSlots = new HashMap<>();
	final boolean[] realisedYear;
	final double[][] planRows;
	final double[][] realRows;
	private final Slots.Realised realised;
	/** Per activity and per item (null when not counted): the slots its contributions are computed from. */
	private final int[][] activityReads;
	private final int[][] itemReads;
	/** The same without the slots of its scale m: the line's own fields. */
	private final int[][] activityOwnReads;
	private final int[][] itemOwnReads;
	/**
	 * Per scale (see {@link #scale(Lines.Scale)}) the activities and the counted items whose m it is: a change of
	 * the scale's group changes each of them by the factor m alone.
	 */
	final int[][] scaleActivities;
	final int[][] scaleItems;
	private final SettlementTerms[] termsByMethod;
	private static final int[] NONE = new int[0];

	private PreparedCase(Case c) {
		this.c = c;
		this.parties = c.parties().size();
		this.years = c.horizonYears();
		for (int i = 0; i < parties; i++) {
			partyIndex.put(c.parties().get(i).id(), i);
		}
		for (int g = 0; g < c.targetGroups().size(); g++) {
			groupIndex.put(c.targetGroups().get(g).id(), g);
		}
		for (int a = 0; a < c.activities().size(); a++) {
			activityIndex.put(c.activities().get(a).id(), a);
		}
		for (int i = 0; i < c.items().size(); i++) {
			itemIndex.put(c.items().get(i).id(), i);
		}
		for (int k = 0; k < c.allocationKeys().size(); k++) {
			keyIndex.put(c.allocationKeys().get(k).id(), k);
		}
		parameterIds = c.parameters().stream().map(Parameter::id).toList();
		effect = new double[years];
		for (int t = 0; t < years; t++) {
			effect[t] = c.implementation().effect(t);
		}
		essentials = c.parties().stream().filter(Party::essential).mapToInt(p -> partyIndex.get(p.id())).toArray();
		steadyYear = Math.min(c.implementation().years(), years - 1);
		realisedYear = new boolean[years];
		c.actuals().forEach(a -> realisedYear[a.year() - c.startYear()] = true);

		slots = new Slots(years, c.startYear(), c.parameters().size());
		for (int p = 0; p < c.parameters().size(); p++) {
			int slot = slots.add("parameters[" + p + "].value", CaseSchema.field("parameters[].value"),
					c.parameters().get(p).value());
			targetSlots.put(new Target(Target.Kind.PARAMETER, p, "value"), slot);
		}
		discountRate = slots.add("discountRate", CaseSchema.field("discountRate"), c.discountRate());
		targetSlots.put(new Target(Target.Kind.CASE, 0, "discountRate"), discountRate);
		hoursPerFte = slots.add("hoursPerFte", CaseSchema.field("hoursPerFte"), c.hoursPerFte());
		groupSlots = new int[c.targetGroups().size()][];
		for (int g = 0; g < groupSlots.length; g++) {
			TargetGroup group = c.targetGroups().get(g);
			String at = "targetGroups[" + g + "].";
			groupSlots[g] = new int[] { groupSlot(g, at, "population", group.population()),
					groupSlot(g, at, "reachRate", group.reachRate()), groupSlot(g, at, "successRate", group.successRate()) };
		}
		for (int a = 0; a < c.activities().size(); a++) {
			activities.add(activity(a, c.activities().get(a)));
		}
		items = new Lines.ItemLine[c.items().size()];
		for (int i = 0; i < items.length; i++) {
			Item item = c.items().get(i);
			if (c.includedCategories().contains(item.category())) {
				items[i] = item(i, item);
			} else {
				warnings.add(Notice.of("items." + item.id(), "warning.categoryNotCounted", item.category().name()));
			}
		}
		for (int k = 0; k < c.allocationKeys().size(); k++) {
			keys.add(key(k, c.allocationKeys().get(k)));
		}
		for (int a = 0; a < c.arrangements().size(); a++) {
			arrangementSlots.add(arrangement(a, c.arrangements().get(a)));
		}
		slots.compile(parameterIds);
		realised = realised();

		List<Notice> problems = new ArrayList<>();
		planRows = slots.rows(null, Map.of(), null, problems, "");
		if (c.actuals().isEmpty()) {
			realRows = planRows;
		} else {
			List<Notice> real = new ArrayList<>();
			realRows = slots.rows(null, Map.of(), realised, real, "");
			// a problem that only the realised values give is not the plan's: it is reported at the actuals
			real.stream().filter(n -> !problems.contains(n))
					.map(n -> Notice.of("actuals", "error.withActuals", n.path(), Notice.of("", n.key(), n.args().toArray())))
					.forEach(problems::add);
		}
		checkWeightSums(problems);
		if (!problems.isEmpty()) {
			throw new InvalidCaseException(distinct(problems));
		}
		activityOwnReads = new int[activities.size()][];
		activityReads = new int[activities.size()][];
		List<List<Integer>> byScale = new ArrayList<>();
		for (int scale = 0; scale < 2 * groupSlots.length; scale++) {
			byScale.add(new ArrayList<>());
		}
		for (int a = 0; a < activityReads.length; a++) {
			Lines.ActivityLine line = activities.get(a);
			activityOwnReads[a] = activityReads(line);
			activityReads[a] = withScale(activityOwnReads[a], line.scale());
			if (scale(line.scale()) >= 0) {
				byScale.get(scale(line.scale())).add(a);
			}
		}
		scaleActivities = byScale.stream().map(PreparedCase::indices).toArray(int[][]::new);
		byScale.forEach(List::clear);
		itemOwnReads = new int[items.length][];
		itemReads = new int[items.length][];
		for (int i = 0; i < items.length; i++) {
			if (items[i] != null) {
				itemOwnReads[i] = itemReads(items[i]);
				itemReads[i] = withScale(itemOwnReads[i], items[i].scale());
				if (scale(items[i].scale()) >= 0) {
					byScale.get(scale(items[i].scale())).add(i);
				}
			}
		}
		scaleItems = byScale.stream().map(PreparedCase::indices).toArray(int[][]::new);
		termsByMethod = Arrays.stream(SettlementMethod.values()).map(m -> c.settlement().withMethod(m))
				.toArray(SettlementTerms[]::new);
	}

	/**
	 * The weights of a WEIGHTS key add up to more than 0 (section 2). Given as formulas, that is known only once
	 * they are evaluated, in year 0 of the plan (6.2); a weight already refused is not counted twice.
	 */
	private void checkWeightSums(List<Notice> problems) {
		for (int k = 0; k < keys.size(); k++) {
			Lines.KeyLine key = keys.get(k);
			String at = "allocationKeys[" + k + "].weights";
			if (key.method() != KeyMethod.WEIGHTS || problems.stream().anyMatch(n -> n.path().startsWith(at))) {
				continue;
			}
			double sum = 0;
			for (int w : key.weights()) {
				sum += w < 0 ? 0 : planRows[w][0];
			}
			if (sum <= 0) {
				problems.add(Notice.of(at, "error.weightsSum"));
			}
		}
	}

	/** A numeric field given in a case, by its path, for {@link #evaluationProblems}. */
	public record Field(String path, SchemaField schema, Quantity quantity) {
	}

	/**
	 * The problems of evaluating the key figures and {@code fields} in every year (6.1), each against its
	 * field's range, for a case that cannot be prepared because of other problems. Every name in a formula
	 * must be a key figure, and the key figures must not be circular.
	 */
	public static List<Notice> evaluationProblems(int startYear, int years, List<Parameter> parameters,
			List<Field> fields) {
		Slots slots = new Slots(years, startYear, parameters.size());
		for (int p = 0; p < parameters.size(); p++) {
			slots.add("parameters[" + p + "].value", CaseSchema.field("parameters[].value"), parameters.get(p).value());
		}
		fields.forEach(f -> slots.add(f.path(), f.schema(), f.quantity()));
		slots.compile(parameters.stream().map(Parameter::id).toList());
		List<Notice> problems = new ArrayList<>();
		slots.rows(null, Map.of(), null, problems, "");
		return problems;
	}

	/** Prepares a valid case; throws with every problem when a formula cannot be evaluated or leaves its range. */
	public static PreparedCase of(Case c) {
		PreparedCase prepared = new PreparedCase(c);
		List<Notice> problems = new ArrayList<>();
		for (int s = 0; s < c.scenarios().size(); s++) {
			prepared.scenarioProblems(s, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCaseException(problems);
		}
		return prepared;
	}

	public Case source() {
		return c;
	}

	/** The discount rate as used: the plan's value in year 0 (6.2). */
	public double discountRate() {
		return planRows[discountRate][0];
	}

	/** The hours of one fte as used: the plan's value in year 0 (6.2). */
	public double hoursPerFte() {
		return planRows[hoursPerFte][0];
	}

	/** A field's value in year t of the plan, by its path ({@code targetGroups[0].population}). */
	public double planValue(String path, int t) {
		for (int slot = 0; slot < slots.size(); slot++) {
			if (slots.path(slot).equals(path)) {
				return planRows[slot][t];
			}
		}
		throw new IllegalArgumentException("not a numeric field of this case: " + path);
	}

	/**
	 * A numeric field's values per year of the plan (a copy), or empty when the calculation does not use the
	 * field (an item of a category that does not count, a term its arrangement's type does not have).
	 */
	public Optional<double[]> planValues(String path) {
		for (int slot = 0; slot < slots.size(); slot++) {
			if (slots.path(slot).equals(path)) {
				return Optional.of(planRows[slot].clone());
			}
		}
		return Optional.empty();
	}

	/**
	 * What the plan expects in each year of the figures that actuals may give (6.7): evaluated once, then
	 * asked per figure ({@link Planned#of}).
	 */
	public Planned planned() {
		Evaluation e = evaluation();
		e.run(base(), false);
		return new Planned(e);
	}

	/** The plan's figures that a realisation replaces, from one evaluation of the plan. */
	public final class Planned {

		private final Evaluation e;

		private Planned(Evaluation e) {
			this.e = e;
		}

		/**
		 * A figure per year, named as in 6.7: a key figure ({@code parameters.ID}) or target-group figure
		 * ({@code targetGroups.ID.reachRate}) as planned; an activity's total volume m(t) × (f(t) × u.volume +
		 * (1 − f(t)) × c.volume) ({@code activities.ID.volume}) and its future tariff and unit cost
		 * ({@code activities.ID.tariff}); an item's total value ({@code items.ID.amount}). Empty for a name the
		 * case does not have, or an item whose category does not count.
		 */
		public Optional<double[]> of(String field) {
			String[] parts = field.split("\\.", 3);
			if (parts.length == 2 && parts[0].equals("parameters") && parameterIds.contains(parts[1])) {
				return Optional.of(planRows[targetSlots.get(Targets.resolve(c, field))].clone());
			}
			if (parts.length < 3) {
				return Optional.empty();
			}
			if (parts[0].equals("targetGroups") && groupIndex.containsKey(parts[1])) {
				Integer slot = targetSlots.get(new Target(Target.Kind.TARGET_GROUP, groupIndex.get(parts[1]), parts[2]));
				return Optional.ofNullable(slot).map(s -> planRows[s].clone());
			}
			double[] values = new double[years];
			if (parts[0].equals("activities") && activityIndex.containsKey(parts[1])) {
				Lines.ActivityLine line = activities.get(activityIndex.get(parts[1]));
				for (int t = 0; t < years; t++) {
					switch (parts[2]) {
						case "volume" -> values[t] = e.plannedVolume(line, t);
						case "tariff" -> values[t] = planRows[line.uTariff()][t];
						case "unitCost" -> values[t] = planRows[line.uUnitCost()][t];
						default -> {
							return Optional.empty();
						}
					}
				}
				return Optional.of(values);
			}
			if (parts[0].equals("items") && parts[2].equals("amount") && itemIndex.containsKey(parts[1])
					&& items[itemIndex.get(parts[1])] != null) {
				for (int t = 0; t < years; t++) {
					values[t] = e.plannedValue(items[itemIndex.get(parts[1])], t);
				}
				return Optional.of(values);
			}
			return Optional.empty();
		}
	}

	/** Index of the steady year of the plan: min(implementation.years, horizonYears − 1) (6.2). */
	public int steadyYear() {
		return steadyYear;
	}

	/**
	 * Per activity and financier what it pays the provider in the steady year of the plan, now and in the
	 * future situation (as steadyState: m applied, f = 1).
	 */
	public List<MoneyFlow> steadyFlows() {
		Evaluation e = evaluation();
		e.run(base(), false);
		List<MoneyFlow> flows = new ArrayList<>();
		for (int a = 0; a < activities.size(); a++) {
			Lines.ActivityLine line = activities.get(a);
			double m = e.planScale(line.scale(), steadyYear);
			double current = m * planRows[line.cVolume()][steadyYear] * planRows[line.cTariff()][steadyYear];
			double future = m * planRows[line.uVolume()][steadyYear] * planRows[line.uTariff()][steadyYear];
			for (int f = 0; f < line.financiers().length; f++) {
				double share = e.financierShare(line, f);
				flows.add(new MoneyFlow(c.parties().get(line.financiers()[f]).id(),
						c.parties().get(line.provider()).id(), share * current, share * future));
			}
		}
		return flows;
	}

	/** The full result (calculation.md sections 4 and 6.9): evaluate the case itself, then assemble. */
	public CalculationResult calculate() {
		return calculate(done -> {
		});
	}

	/** The full result; {@code progress} hears the number of iterations of the Monte Carlo run done so far. */
	public CalculationResult calculate(IntConsumer progress) {
		return new Assembly(this).result(true, progress);
	}

	/**
	 * The uncertainty part of the result (6.8) on its own: the Monte Carlo run on {@code threads} threads
	 * ({@code progress} hears the iterations done, {@code cancelled} is asked before each block and ends the
	 * run with a {@link java.util.concurrent.CancellationException}), then the tornado and switching values.
	 */
	public UncertaintyResult uncertainty(int threads, IntConsumer progress, BooleanSupplier cancelled) {
		MonteCarlo.Summary summary = MonteCarlo.run(this, threads, progress, cancelled);
		Sensitivity sensitivity = new Sensitivity(this);
		return new UncertaintyResult(summary.iterations(), summary.parties(), summary.total(),
				summary.conditionProbability(), sensitivity.tornado(), sensitivity.switching());
	}

	/**
	 * The result without its uncertainty part (6.8): the figures of the case's own values, as fast as one
	 * calculation, for what is shown again at every edit; the Monte Carlo run is a calculation of its own.
	 */
	public CalculationResult calculateWithoutUncertainty() {
		return new Assembly(this).result(false, done -> {
		});
	}

	/** The base: the case with its own values. */
	public Variant base() {
		return new Variant(planRows, realRows, Optional.empty(), NONE, NONE, NONE, NONE, NONE, false);
	}

	/**
	 * The case with other values for some fields, each named by its target (6.6); throws with the problems
	 * when a target names no field or a value cannot be evaluated or leaves its range.
	 */
	public Variant variant(Map<String, Quantity> values) {
		return variant(values, "");
	}

	/**
	 * The valid range of the field a target names (6.6); any number for a field of an item left out by
	 * {@code includedCategories}, which counts for nothing.
	 */
	Range range(String target) {
		Integer slot = targetSlots.get(Targets.resolve(c, target));
		return slot == null ? Range.ANY : slots.field(slot).range();
	}

	/** The base with another settlement method (the settlement page shows the four side by side). */
	public Variant withMethod(SettlementMethod method) {
		return new Variant(planRows, realRows, Optional.of(method), NONE, NONE, NONE, NONE, NONE, false);
	}

	/** A new set of buffers to evaluate variants with; not thread-safe, so one per thread. */
	public Evaluation evaluation() {
		return new Evaluation(this, false);
	}

	/** Buffers for the figures per party alone, as the Monte Carlo run needs them; one per thread. */
	Evaluation partyEvaluation() {
		return new Evaluation(this, true);
	}

	Variant scenario(int s) {
		Scenario scenario = c.scenarios().get(s);
		return variant(scenario.set(), "scenarios[" + s + "].set.");
	}

	private void scenarioProblems(int s, List<Notice> problems) {
		try {
			scenario(s);
		} catch (InvalidCaseException e) {
			problems.addAll(e.problems());
		}
	}

	/**
	 * Fields that take drawn numbers (6.8), their targets resolved and the key figures' order found once, so
	 * that each {@link Drawing} only evaluates the rows its numbers change. A null slot: a field of an item left
	 * out by {@code includedCategories}, which counts for nothing.
	 */
	record Draws(Integer[] slots, int[] order) {
	}

	/** The draws of these targets, each named as in 6.6 (the reader checked that they name fields). */
	Draws draws(List<String> targets) {
		Integer[] drawn = new Integer[targets.size()];
		Map<Integer, Quantity> parameterOverrides = new HashMap<>();
		for (int i = 0; i < drawn.length; i++) {
			Target target = Targets.resolve(c, targets.get(i));
			drawn[i] = targetSlots.get(target);
			if (target.kind() == Target.Kind.PARAMETER) {
				// a number names no key figure: any number gives the same order
				parameterOverrides.put(drawn[i], Quantity.of(0));
			}
		}
		return new Draws(drawn, slots.parameterOrder(parameterOverrides, parameterIds));
	}

	/** A buffer to draw these fields' numbers into; one per thread. */
	Drawing drawing(Draws draws) {
		return new Drawing(draws);
	}

	/**
	 * Rows to draw into again and again (6.8): the slots the drawn fields change are found and given rows of
	 * their own once, and each {@link #draw} rewrites them in place, so a draw allocates nothing. The variant
	 * it returns is the same object each time and holds only until the next draw; not thread-safe.
	 */
	final class Drawing {

		/** Per input its drawn number, read by the drawn fields' formulas. */
		private final double[] drawn;
		private final Compiled[] replaced;
		private final int[] order;
		private final boolean[] planChanged;
		private final boolean[] realChanged;
		private final int[] planOthers;
		private final int[] realOthers;
		private final double[][] plan;
		private final double[][] real;
		private final double[] values = new double[parameterIds.size()];
		private final List<Notice> planFound = new ArrayList<>();
		private final List<Notice> realFound = new ArrayList<>();
		private final Variant variant;

		Drawing(Draws draws) {
			drawn = new double[draws.slots().length];
			replaced = new Compiled[slots.size()];
			for (int i = 0; i < drawn.length; i++) {
				if (draws.slots()[i] != null) {
					int input = i;
					// a later input on the same field replaces an earlier one, as in a map of overrides
					replaced[draws.slots()[i]] = (v, t, year) -> drawn[input];
				}
			}
			order = draws.order();
			planChanged = slots.changed(planRows, replaced, order);
			plan = slots.rowsFor(planRows, planChanged);
			realChanged = c.actuals().isEmpty() ? planChanged : slots.changed(realRows, replaced, order);
			real = c.actuals().isEmpty() ? plan : slots.rowsFor(realRows, realChanged);
			planOthers = slots.others(planChanged);
			realOthers = slots.others(realChanged);
			variant = changed(plan, real);
		}

		/**
		 * The case with these numbers for the drawn fields (one per input), as {@link #variant} with the same
		 * values gives it; throws with the problems (the field, its year) when a number takes a formula out of
		 * its range.
		 */
		Variant draw(double[] numbers) {
			System.arraycopy(numbers, 0, drawn, 0, drawn.length);
			slots.fill(plan, planChanged, planOthers, replaced, order, null, values, planFound, "");
			if (real != plan) {
				slots.fill(real, realChanged, realOthers, replaced, order, realised, values, realFound, "");
			}
			if (!planFound.isEmpty() || !realFound.isEmpty()) {
				List<Notice> evaluation = new ArrayList<>();
				Slots.firstPerField(planFound, evaluation);
				Slots.firstPerField(realFound, evaluation);
				planFound.clear();
				realFound.clear();
				throw new InvalidCaseException(distinct(evaluation));
			}
			return variant;
		}
	}

	private Variant variant(Map<String, Quantity> values, String where) {
		List<Notice> problems = new ArrayList<>();
		Map<Integer, Compiled> overrides = new LinkedHashMap<>();
		Map<Integer, Quantity> parameterOverrides = new HashMap<>();
		// the path of each field a value replaces, with its target
		Map<String, String> changed = new HashMap<>();
		for (Map.Entry<String, Quantity> e : values.entrySet()) {
			try {
				Target target = Targets.resolve(c, e.getKey());
				Integer slot = targetSlots.get(target);
				List<String> unknown = e.getValue() instanceof Quantity.Computed q
						? q.formula().names().stream().filter(n -> !parameterIds.contains(n)).toList()
						: List.of();
				if (!unknown.isEmpty()) {
					problems.add(Notice.of(where + e.getKey(), "error.formula.unknownName", unknown.get(0)));
					continue;
				}
				if (slot == null) {
					// a field of an item left out by includedCategories: it counts for nothing, so neither does its value
					continue;
				}
				overrides.put(slot, slots.compileOverride(e.getValue(), parameterIds));
				changed.put(slots.path(slot), e.getKey());
				if (target.kind() == Target.Kind.PARAMETER) {
					parameterOverrides.put(slot, e.getValue());
				}
			} catch (Targets.Refused refused) {
				problems.add(Notice.of(where + e.getKey(), refused.notice().key(), refused.notice().args().toArray()));
			}
		}
		int[] order;
		try {
			order = slots.parameterOrder(parameterOverrides, parameterIds);
		} catch (Dependencies.CircularException circular) {
			problems.add(Notice.of(where.isEmpty() ? "parameters" : where.substring(0, where.length() - 1),
					"error.formula.circular", circular.path()));
			throw new InvalidCaseException(problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCaseException(problems);
		}
		String context = where.isEmpty() ? "" : where;
		List<Notice> evaluation = new ArrayList<>();
		double[][] plan = slots.rows(planRows, overrides, order, null, evaluation, "");
		double[][] real = c.actuals().isEmpty() ? plan
				: slots.rows(realRows, overrides, order, realised, evaluation, "");
		if (!evaluation.isEmpty()) {
			// the target itself is reported at the change; another field that leaves its range at the scenario,
			// with the field named
			throw new InvalidCaseException(distinct(evaluation).stream()
					.map(n -> !context.isEmpty() && changed.containsKey(n.path())
							? Notice.of(context + changed.get(n.path()), n.key(), n.args().toArray())
							: Notice.of(context.isEmpty() ? n.path() : context.substring(0, context.length() - 5),
									"error.inScenario", n.path(), Notice.of("", n.key(), n.args().toArray())))
					.toList());
		}
		return changed(plan, real);
	}

	/**
	 * A variant with its changed lines: a slot whose rows are not the base's own (the rows of a slot that a
	 * variant leaves alone are shared with the base, so identity tells) changes every line that reads it; of
	 * those, the lines whose own fields change, and the scales whose group's fields change.
	 */
	private Variant changed(double[][] plan, double[][] real) {
		boolean[] changed = new boolean[slots.size()];
		for (int s = 0; s < changed.length; s++) {
			changed[s] = plan[s] != planRows[s] || real[s] != realRows[s];
		}
		int[] scales = java.util.stream.IntStream.range(0, 2 * groupSlots.length).filter(scale -> {
			int[] s = groupSlots[scale / 2];
			return changed[s[0]] || changed[s[1]] || scale % 2 == 1 && changed[s[2]];
		}).toArray();
		return new Variant(plan, real, Optional.empty(), reading(activityReads, changed), reading(itemReads, changed),
				reading(activityOwnReads, changed), reading(itemOwnReads, changed), scales, changed[discountRate]);
	}

	/**
	 * The scale of a line whose m can change: 2g for PER_PARTICIPANT of group g (P), 2g + 1 for PER_SUCCESS
	 * (S); -1 for TOTAL, whose m is 1.
	 */
	int scale(Lines.Scale scale) {
		if (scale.group() < 0 || scale.basis() == nl.ontschot.engine.model.Basis.TOTAL) {
			return -1;
		}
		return 2 * scale.group() + (scale.basis() == nl.ontschot.engine.model.Basis.PER_SUCCESS ? 1 : 0);
	}

	/** The lines (indices into {@code reads}) that read any changed slot. */
	private static int[] reading(int[][] reads, boolean[] changed) {
		int[] lines = new int[reads.length];
		int n = 0;
		for (int line = 0; line < reads.length; line++) {
			if (reads[line] == null) {
				continue;
			}
			for (int slot : reads[line]) {
				if (changed[slot]) {
					lines[n++] = line;
					break;
				}
			}
		}
		return Arrays.copyOf(lines, n);
	}

	/** The slots of a line's scale m: none for TOTAL, population and reachRate for P, and successRate for S. */
	private void scaleReads(Lines.Scale scale, List<Integer> reads) {
		if (scale.group() < 0 || scale.basis() == nl.ontschot.engine.model.Basis.TOTAL) {
			return;
		}
		int[] s = groupSlots[scale.group()];
		reads.add(s[0]);
		reads.add(s[1]);
		if (scale.basis() == nl.ontschot.engine.model.Basis.PER_SUCCESS) {
			reads.add(s[2]);
		}
	}

	/** The slots of an activity's own fields. */
	private int[] activityReads(Lines.ActivityLine a) {
		List<Integer> reads = new ArrayList<>(List.of(a.cVolume(), a.cTariff(), a.cUnitCost(), a.cHours(),
				a.uVolume(), a.uTariff(), a.uUnitCost(), a.uHours(), a.release()));
		Arrays.stream(a.financierShares()).forEach(reads::add);
		return indices(reads);
	}

	/** The slots of an item's own fields. */
	private int[] itemReads(Lines.ItemLine item) {
		List<Integer> reads = new ArrayList<>();
		for (int slot : new int[] { item.amount(), item.fte(), item.costPerFte() }) {
			if (slot >= 0) {
				reads.add(slot);
			}
		}
		return indices(reads);
	}

	/** A line's own slots and those of its scale m: all the slots it reads. */
	private int[] withScale(int[] own, Lines.Scale scale) {
		List<Integer> reads = new ArrayList<>();
		scaleReads(scale, reads);
		int[] all = Arrays.copyOf(own, own.length + reads.size());
		for (int j = 0; j < reads.size(); j++) {
			all[own.length + j] = reads.get(j);
		}
		return all;
	}

	private static int[] indices(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The settlement terms of a variant: the case's own, or with its method replaced. */
	SettlementTerms terms(Optional<SettlementMethod> method) {
		return method.isPresent() ? termsByMethod[method.get().ordinal()] : c.settlement();
	}

	private static List<Notice> distinct(List<Notice> problems) {
		return problems.stream().distinct().toList();
	}

	private int groupSlot(int g, String at, String field, Quantity q) {
		int slot = slots.add(at + field, CaseSchema.field("targetGroups[]." + field), q);
		targetSlots.put(new Target(Target.Kind.TARGET_GROUP, g, field), slot);
		return slot;
	}

	private int activitySlot(int a, String field, Quantity q) {
		int slot = slots.add("activities[" + a + "]." + field, CaseSchema.field("activities[]." + field), q);
		targetSlots.put(new Target(Target.Kind.ACTIVITY, a, field), slot);
		return slot;
	}

	/** A future field not given follows the current one: an alias, unless a variant gives it a value. */
	private int futureSlot(int a, String field, Quantity future, Quantity current, int currentSlot) {
		if (future != current) {
			return activitySlot(a, "future." + field, future);
		}
		int slot = slots.alias("activities[" + a + "].future." + field,
				CaseSchema.field("activities[].future." + field), currentSlot);
		targetSlots.put(new Target(Target.Kind.ACTIVITY, a, "future." + field), slot);
		return slot;
	}

	private Lines.ActivityLine activity(int a, Activity activity) {
		Situation cur = activity.current();
		Situation fut = activity.future();
		int cVolume = activitySlot(a, "current.volume", cur.volume());
		int cTariff = activitySlot(a, "current.tariff", cur.tariff());
		int cUnitCost = activitySlot(a, "current.unitCost", cur.unitCost());
		int cHours = activitySlot(a, "current.hoursPerUnit", cur.hoursPerUnit());
		int uVolume = futureSlot(a, "volume", fut.volume(), cur.volume(), cVolume);
		int uTariff = futureSlot(a, "tariff", fut.tariff(), cur.tariff(), cTariff);
		int uUnitCost = futureSlot(a, "unitCost", fut.unitCost(), cur.unitCost(), cUnitCost);
		int uHours = futureSlot(a, "hoursPerUnit", fut.hoursPerUnit(), cur.hoursPerUnit(), cHours);
		int release = activitySlot(a, "capacityRelease", activity.capacityRelease());
		int provider = partyIndex.get(activity.provider());
		int[] financiers = activity.financiers().stream().mapToInt(f -> partyIndex.get(f.party())).toArray();
		int[] shares = new int[financiers.length];
		for (int f = 0; f < shares.length; f++) {
			shares[f] = slots.add("activities[" + a + "].financier[" + f + "].share",
					CaseSchema.field("activities[].financier[].share"), activity.financiers().get(f).share());
		}
		TreeSet<Integer> required = new TreeSet<>();
		required.add(provider);
		Arrays.stream(financiers).forEach(required::add);
		activity.requires().forEach(p -> required.add(partyIndex.get(p)));
		double[] volume = nan();
		double[] tariff = nan();
		double[] unitCost = nan();
		for (Actual actual : c.actuals()) {
			Actual.ActivityActual real = actual.activities().get(activity.id());
			if (real != null) {
				int t = actual.year() - c.startYear();
				volume[t] = real.volume();
				tariff[t] = real.tariff().orElse(Double.NaN);
				unitCost[t] = real.unitCost().orElse(Double.NaN);
			}
		}
		return new Lines.ActivityLine(provider, financiers, shares, scale(activity.basis(), activity.group()), cVolume,
				cTariff, cUnitCost, cHours, uVolume, uTariff, uUnitCost, uHours, release,
				activity.domain().map(Domain::ordinal).orElse(-1), withEssentials(required), volume, tariff, unitCost);
	}

	private Lines.ItemLine item(int i, Item item) {
		String at = "items[" + i + "].";
		int amount = -1;
		int fte = -1;
		int costPerFte = -1;
		if (item.amount().isPresent()) {
			amount = slots.add(at + "amount", CaseSchema.field("items[].amount"), item.amount().get());
			targetSlots.put(new Target(Target.Kind.ITEM, i, "amount"), amount);
		} else {
			fte = slots.add(at + "fte", CaseSchema.field("items[].fte"), item.fte().orElseThrow());
			costPerFte = slots.add(at + "costPerFte", CaseSchema.field("items[].costPerFte"),
					item.costPerFte().orElseThrow());
			targetSlots.put(new Target(Target.Kind.ITEM, i, "fte"), fte);
			targetSlots.put(new Target(Target.Kind.ITEM, i, "costPerFte"), costPerFte);
		}
		boolean[] occurs = new boolean[years];
		for (int t = 0; t < years; t++) {
			occurs[t] = item.occursIn(t);
		}
		int party = item.shared() ? -1 : partyIndex.get(item.party().orElseThrow());
		int key = item.allocation().map(keyIndex::get).orElse(-1);
		TreeSet<Integer> required = new TreeSet<>();
		if (party >= 0) {
			required.add(party);
		}
		item.requires().forEach(p -> required.add(partyIndex.get(p)));
		double[] realisedAmount = nan();
		for (Actual actual : c.actuals()) {
			Double real = actual.items().get(item.id());
			if (real != null) {
				realisedAmount[actual.year() - c.startYear()] = real;
			}
		}
		boolean cost = item.type() == nl.ontschot.engine.model.ItemType.COST;
		boolean incidental = item.recurrence() == Recurrence.INCIDENTAL;
		int domain = item.domain().map(Domain::ordinal).orElse(-1);
		int bucket = -1;
		if (key >= 0) {
			Lines.Bucket b = new Lines.Bucket(key, item.nature(), cost, incidental, domain, item.sign());
			bucket = buckets.indexOf(b);
			if (bucket < 0) {
				buckets.add(b);
				bucket = buckets.size() - 1;
			}
		}
		return new Lines.ItemLine(i, item.sign(), item.nature(), cost, incidental, occurs, item.followsEffect(),
				scale(item.basis(), item.group()), amount, fte, costPerFte, party, key, domain,
				withEssentials(required), realisedAmount, bucket);
	}

	private Lines.KeyLine key(int k, AllocationKey key) {
		int[] members = key.parties().stream().mapToInt(partyIndex::get).toArray();
		int[] weights = new int[members.length];
		Arrays.fill(weights, -1);
		for (int j = 0; j < members.length; j++) {
			Quantity weight = key.weights().get(key.parties().get(j));
			if (weight != null) {
				weights[j] = slots.add("allocationKeys[" + k + "].weights." + key.parties().get(j),
						CaseSchema.field("allocationKeys[].weights.*"), weight);
			}
		}
		return new Lines.KeyLine(key.method(), members, weights);
	}

	private Map<String, Integer> arrangement(int a, Arrangement arrangement) {
		Map<String, Integer> terms = new HashMap<>();
		String at = "arrangements[" + a + "].";
		java.util.function.BiConsumer<String, Quantity> term = (name, q) -> {
			int slot = slots.add(at + name, CaseSchema.field("arrangements[]." + name), q);
			terms.put(name, slot);
			targetSlots.put(new Target(Target.Kind.ARRANGEMENT, a, name), slot);
		};
		java.util.function.BiConsumer<String, List<PartyShare>> shares = (list, given) -> {
			for (int j = 0; j < given.size(); j++) {
				terms.put(list + "[" + j + "]", slots.add(at + list + "[" + j + "].share",
						CaseSchema.field("arrangements[]." + list + "[].share"), given.get(j).share()));
			}
		};
		if (arrangement instanceof Arrangement.SharedSavings s) {
			shares.accept("recipients", s.recipients());
			term.accept("sharingRate", s.sharingRate());
			term.accept("minimumSavingsRate", s.minimumSavingsRate());
			s.cap().ifPresent(q -> term.accept("cap", q));
			if (s.lossSharingRate() == s.sharingRate()) {
				int slot = slots.alias(at + "lossSharingRate", CaseSchema.field("arrangements[].lossSharingRate"),
						terms.get("sharingRate"));
				terms.put("lossSharingRate", slot);
				targetSlots.put(new Target(Target.Kind.ARRANGEMENT, a, "lossSharingRate"), slot);
			} else {
				term.accept("lossSharingRate", s.lossSharingRate());
			}
		} else if (arrangement instanceof Arrangement.FixedPayment f) {
			shares.accept("recipients", f.recipients());
			term.accept("price", f.price());
		} else if (arrangement instanceof Arrangement.OutcomePayment o) {
			shares.accept("recipients", o.recipients());
			term.accept("amount", o.amount());
		} else if (arrangement instanceof Arrangement.ImpactBond b) {
			shares.accept("outcomePayers", b.outcomePayers());
			term.accept("returnRate", b.returnRate());
			term.accept("price", b.price());
			term.accept("maxReturnRate", b.maxReturnRate());
		} else if (arrangement instanceof Arrangement.PooledBudget p) {
			shares.accept("contributors", p.contributors());
			p.budget().ifPresent(q -> term.accept("budget", q));
		}
		arrangement.condition().ifPresent(condition -> {
			if (condition instanceof Condition.ParameterAtLeast p) {
				terms.put("condition", slots.add(at + "condition.atLeast",
						CaseSchema.field("arrangements[].condition.atLeast"), p.atLeast()));
			} else if (condition instanceof Condition.SuccessRateAtLeast s) {
				terms.put("condition", slots.add(at + "condition.successRateAtLeast",
						CaseSchema.field("arrangements[].condition.successRateAtLeast"), s.atLeast()));
			}
		});
		return terms;
	}

	private Lines.Scale scale(nl.ontschot.engine.model.Basis basis, Optional<String> group) {
		return new Lines.Scale(basis, group.map(groupIndex::get).orElse(-1));
	}

	private int[] withEssentials(TreeSet<Integer> required) {
		for (int e : essentials) {
			required.add(e);
		}
		return required.stream().mapToInt(Integer::intValue).toArray();
	}

	private double[] nan() {
		double[] values = new double[years];
		Arrays.fill(values, Double.NaN);
		return values;
	}

	/** The realisation's key figures and target-group figures (6.7), as values that replace slots' own. */
	private Slots.Realised realised() {
		double[][] byYear = new double[years][];
		for (Actual actual : c.actuals()) {
			int t = actual.year() - c.startYear();
			double[] values = new double[slots.size()];
			Arrays.fill(values, Double.NaN);
			actual.parameters().forEach((id, v) -> values[parameterIds.indexOf(id)] = v);
			actual.targetGroups().forEach((id, g) -> {
				int[] s = groupSlots[groupIndex.get(id)];
				g.population().ifPresent(v -> values[s[0]] = v);
				g.reachRate().ifPresent(v -> values[s[1]] = v);
				g.successRate().ifPresent(v -> values[s[2]] = v);
			});
			byYear[t] = values;
		}
		return new Slots.Realised() {
			@Override
			public double value(int slot, int t) {
				return byYear[t] == null ? Double.NaN : byYear[t][slot];
			}

			@Override
			public boolean any(int t) {
				return byYear[t] != null;
			}
		};
	}

	/**
	 * Values for the fields of a case: per slot one value per year, for the plan and for realised + plan. The
	 * fields used once (6.2) take the plan's year 0; {@code method}, when given, replaces the settlement
	 * method. {@code activities} and {@code items} are the lines that read a field whose values differ from the
	 * base's, {@code ownActivities} and {@code ownItems} those of them whose own fields (not their scale m)
	 * differ, {@code scales} the scales whose m may differ; {@code everything} says that a field every line
	 * depends on (the discount rate) differs.
	 */
	public static final class Variant {

		final double[][] plan;
		final double[][] real;
		final Optional<SettlementMethod> method;
		final int[] activities;
		final int[] items;
		final int[] ownActivities;
		final int[] ownItems;
		final int[] scales;
		final boolean everything;

		Variant(double[][] plan, double[][] real, Optional<SettlementMethod> method, int[] activities, int[] items,
				int[] ownActivities, int[] ownItems, int[] scales, boolean everything) {
			this.plan = plan;
			this.real = real;
			this.method = method;
			this.activities = activities;
			this.items = items;
			this.ownActivities = ownActivities;
			this.ownItems = ownItems;
			this.scales = scales;
			this.everything = everything;
		}

		/** The same values with another settlement method. */
		public Variant withMethod(SettlementMethod other) {
			return new Variant(plan, real, Optional.of(other), activities, items, ownActivities, ownItems, scales,
					everything);
		}
	}
}
