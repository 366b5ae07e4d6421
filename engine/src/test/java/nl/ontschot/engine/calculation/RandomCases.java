package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.BondMode;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Count;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.Scenario;
import nl.ontschot.engine.model.SurplusTo;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Category;
import nl.ontschot.engine.model.Curve;
import nl.ontschot.engine.model.Implementation;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.Situation;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.model.Uncertainty;

/** Valid random cases for property tests: every rule of the case format holds, every feature may occur. */
final class RandomCases {

	private RandomCases() {
	}

	static Case generate(Random r) {
		return generate(r, 2 + r.nextInt(5));
	}

	static Case generate(Random r, int partyCount) {
		int horizon = 1 + r.nextInt(6);
		List<Party> parties = new ArrayList<>();
		for (int i = 0; i < partyCount; i++) {
			parties.add(new Party("p" + i, "Partij " + i, PartyType.values()[r.nextInt(PartyType.values().length)],
					r.nextInt(8) == 0, List.of(), ""));
		}
		List<TargetGroup> groups = new ArrayList<>();
		for (int g = 0, count = 1 + r.nextInt(2); g < count; g++) {
			groups.add(new TargetGroup("g" + g, "", "", q(r.nextInt(1000)), q(r.nextDouble()), q(r.nextDouble())));
		}
		List<AllocationKey> keys = new ArrayList<>();
		for (int k = 0, count = r.nextInt(3); k < count; k++) {
			keys.add(key(r, "k" + k, parties));
		}
		List<Activity> activities = new ArrayList<>();
		for (int a = 0, count = r.nextInt(6); a < count; a++) {
			activities.add(activity(r, "a" + a, parties, groups));
		}
		List<Item> items = new ArrayList<>();
		for (int i = 0, count = r.nextInt(6); i < count; i++) {
			items.add(item(r, "i" + i, parties, groups, keys, horizon));
		}
		EnumSet<Category> included = EnumSet.allOf(Category.class);
		if (r.nextInt(4) == 0) {
			included.remove(Category.values()[r.nextInt(Category.values().length)]);
		}
		// BY_EXPENSE and parties that pay together are schema version 2 (calculation.md 6.3, 6.4)
		boolean v2 = keys.stream().anyMatch(k -> k.method() == KeyMethod.BY_EXPENSE)
				|| activities.stream().anyMatch(a -> a.financiers().size() > 1);
		return new Case(v2 ? 2 : 1, "Willekeurig", "", 2026, horizon, q(r.nextDouble() * 0.1), q(1872),
				new Implementation(r.nextInt(horizon + 1), r.nextBoolean() ? Curve.LINEAR : Curve.STEP), List.of(),
				groups, included, parties, activities, items, keys, terms(r, keys), List.of(), List.of(), List.of(),
				Uncertainty.NONE);
	}

	static Quantity q(double value) {
		return Quantity.of(value);
	}

	static SettlementTerms terms(Random r, List<AllocationKey> keys) {
		SettlementMethod method = SettlementMethod.values()[r.nextInt(SettlementMethod.values().length)];
		List<String> shareKeys = keys.stream()
				.filter(k -> k.method() == KeyMethod.EQUAL || k.method() == KeyMethod.WEIGHTS).map(AllocationKey::id)
				.toList();
		Optional<String> key = shareKeys.isEmpty() || r.nextBoolean() ? Optional.empty()
				: Optional.of(shareKeys.get(r.nextInt(shareKeys.size())));
		return new SettlementTerms(method, key, r.nextBoolean() ? ValueBasis.PV : ValueBasis.NOMINAL, r.nextBoolean(),
				r.nextBoolean());
	}

	private static AllocationKey key(Random r, String id, List<Party> parties) {
		KeyMethod method = KeyMethod.values()[r.nextInt(KeyMethod.values().length)];
		List<String> members = someParties(r, parties, 1);
		Map<String, Quantity> weights = new LinkedHashMap<>();
		if (method == KeyMethod.WEIGHTS) {
			members.forEach(p -> weights.put(p, q(r.nextInt(10))));
			weights.put(members.get(0), q(1.0 + r.nextInt(10)));
		}
		return new AllocationKey(id, "", method, members, weights, "");
	}

	private static Activity activity(Random r, String id, List<Party> parties, List<TargetGroup> groups) {
		String provider = pick(r, parties);
		List<PartyShare> financiers = new ArrayList<>();
		if (r.nextInt(4) != 0) {
			financiers.add(new PartyShare(pick(r, parties), q(1 + r.nextInt(3))));
			String second = pick(r, parties);
			if (r.nextInt(4) == 0 && !second.equals(financiers.get(0).party())) {
				financiers.add(new PartyShare(second, q(1 + r.nextInt(3))));
			}
		}
		Basis basis = Basis.values()[r.nextInt(Basis.values().length)];
		Optional<String> group = basis == Basis.TOTAL ? Optional.empty()
				: Optional.of(groups.get(r.nextInt(groups.size())).id());
		Situation current = situation(r);
		Situation future = situation(r);
		return new Activity(id, id, Optional.empty(), "uur", provider, financiers, basis, group, current, future,
				q(r.nextInt(3) == 0 ? 0 : r.nextDouble()), r.nextInt(4) == 0 ? someParties(r, parties, 0) : List.of());
	}

	private static Situation situation(Random r) {
		return new Situation(q(r.nextInt(50)), q(r.nextInt(200)), q(r.nextInt(200)), q(r.nextInt(3)));
	}

	private static Item item(Random r, String id, List<Party> parties, List<TargetGroup> groups,
			List<AllocationKey> keys, int horizon) {
		boolean shared = !keys.isEmpty() && r.nextInt(3) == 0;
		Basis basis = Basis.values()[r.nextInt(Basis.values().length)];
		Optional<String> group = basis == Basis.TOTAL ? Optional.empty()
				: Optional.of(groups.get(r.nextInt(groups.size())).id());
		int from = r.nextInt(horizon);
		ItemType type = r.nextBoolean() ? ItemType.COST : ItemType.BENEFIT;
		return new Item(id, id, type, Nature.values()[r.nextInt(Nature.values().length)],
				Category.values()[r.nextInt(Category.values().length)],
				r.nextBoolean() ? Recurrence.INCIDENTAL : Recurrence.STRUCTURAL, r.nextInt(horizon), from,
				from + r.nextInt(horizon - from), Optional.of(q(r.nextInt(100_000))), Optional.empty(), Optional.empty(),
				basis, group, r.nextBoolean(),
				shared && r.nextBoolean() ? Optional.empty() : Optional.of(pick(r, parties)),
				shared ? Optional.of(keys.get(r.nextInt(keys.size())).id()) : Optional.empty(), Optional.empty(),
				r.nextInt(4) == 0 ? someParties(r, parties, 0) : List.of());
	}

	private static String pick(Random r, List<Party> parties) {
		return parties.get(r.nextInt(parties.size())).id();
	}

	/** A non-repeating selection of at least {@code min} party ids, in party order. */
	private static List<String> someParties(Random r, List<Party> parties, int min) {
		List<String> chosen = new ArrayList<>();
		for (Party p : parties) {
			if (r.nextBoolean()) {
				chosen.add(p.id());
			}
		}
		if (chosen.size() < min) {
			chosen.add(pick(r, parties));
		}
		return chosen;
	}

	// ---- schema version 2 (calculation.md 6): key figures, formulas, arrangements of all six types ----

	/** The key figures of {@link #generateV2}: {@code rate} in [0, 1], {@code amount} in [0, 1000], {@code growth}. */
	static final String RATE = "rate";
	static final String AMOUNT = "amount";
	static final String GROWTH = "growth";

	static Quantity formula(String text) {
		return new Quantity.Computed(Formula.parse(text));
	}

	/**
	 * A valid random schema-version-2 case: a generated case with key figures that some fields name (a success
	 * rate {@code =rate}, an item amount {@code =growth}, a future volume {@code =amount / 20}), and 0..5
	 * arrangements of random types with valid references: the payer of SHARED_SAVINGS and FIXED_PAYMENT finances
	 * its scope activities (the generator gives it one when needed), financed items are CASH COST items.
	 */
	static Case generateV2(Random r) {
		return generateV2(r, 1 + r.nextInt(5));
	}

	static Case generateV2(Random r, int arrangementCount) {
		Edit e = edit(generate(r));
		e.schemaVersion = 2;
		e.parameters.add(new Parameter(RATE, "", q(r.nextDouble()), "", ""));
		e.parameters.add(new Parameter(AMOUNT, "", q(r.nextInt(1000)), "", ""));
		e.parameters.add(new Parameter(GROWTH, "", formula("=amount * (1 + 0.05 * t)"), "", ""));
		if (r.nextBoolean()) {
			int g = r.nextInt(e.targetGroups.size());
			TargetGroup group = e.targetGroups.get(g);
			e.targetGroups.set(g, new TargetGroup(group.id(), "", "", group.population(), group.reachRate(),
					formula(r.nextBoolean() ? "=rate" : "=if(t >= 1, rate, rate / 2)")));
		}
		// at least one activity that a party inside the case finances, and one CASH COST item
		if (e.activities.stream().noneMatch(a -> !a.financiers().isEmpty()) || r.nextInt(3) == 0) {
			Situation current = new Situation(q(1 + r.nextInt(50)), q(r.nextInt(200)), q(r.nextInt(200)), q(0));
			Situation future = new Situation(r.nextBoolean() ? formula("=amount / 20") : q(r.nextInt(50)),
					q(r.nextInt(200)), q(r.nextInt(200)), q(0));
			Basis basis = Basis.values()[r.nextInt(Basis.values().length)];
			e.activities.add(new Activity("af", "af", Optional.empty(), "uur", pick(r, e.parties),
					List.of(new PartyShare(pick(r, e.parties), q(1))), basis,
					basis == Basis.TOTAL ? Optional.empty() : Optional.of(e.targetGroups.get(0).id()), current, future,
					q(r.nextDouble()), List.of()));
		}
		if (e.items.stream().noneMatch(Item::cashCost) || r.nextInt(3) == 0) {
			Recurrence recurrence = r.nextBoolean() ? Recurrence.INCIDENTAL : Recurrence.STRUCTURAL;
			e.items.add(new Item("ic", "ic", ItemType.COST, Nature.CASH, Category.OTHER, recurrence,
					r.nextInt(e.horizonYears), 0, e.horizonYears - 1,
					Optional.of(r.nextBoolean() ? formula("=growth") : q(r.nextInt(100_000))), Optional.empty(),
					Optional.empty(), Basis.TOTAL, Optional.empty(), r.nextBoolean(), Optional.of(pick(r, e.parties)),
					Optional.empty(), Optional.empty(), List.of()));
		}
		// a future field not given follows the current one: the very same quantity (model Situation)
		for (int a = 0; a < e.activities.size(); a++) {
			if (r.nextInt(3) == 0) {
				Activity ac = e.activities.get(a);
				Situation cur = ac.current();
				Situation fut = ac.future();
				Situation follows = new Situation(r.nextBoolean() ? cur.volume() : fut.volume(),
						r.nextBoolean() ? cur.tariff() : fut.tariff(), r.nextBoolean() ? cur.unitCost() : fut.unitCost(),
						r.nextBoolean() ? cur.hoursPerUnit() : fut.hoursPerUnit());
				e.activities.set(a, new Activity(ac.id(), ac.name(), ac.domain(), ac.unit(), ac.provider(),
						ac.financiers(), ac.basis(), ac.group(), cur, follows, ac.capacityRelease(), ac.requires()));
			}
		}
		for (int a = 0; a < arrangementCount; a++) {
			e.arrangements.add(arrangement(r, "r" + a, e));
		}
		return e.done();
	}

	/** One arrangement of a random type with valid references into the case being edited. */
	static Arrangement arrangement(Random r, String id, Edit e) {
		return arrangement(r, id, e, r.nextInt(6));
	}

	/** One arrangement of the given type: 0 SHARED_SAVINGS, 1 FIXED_PAYMENT, 2 OUTCOME_PAYMENT, 3 IMPACT_BOND, 4 REVOLVING_FUND, 5 POOLED_BUDGET. */
	static Arrangement arrangement(Random r, String id, Edit e, int type) {
		int horizon = e.horizonYears;
		int from = r.nextInt(3) == 0 ? r.nextInt(horizon) : 0;
		int to = r.nextInt(3) == 0 ? from + r.nextInt(horizon - from) : horizon - 1;
		List<Activity> financed = e.activities.stream().filter(a -> !a.financiers().isEmpty()).toList();
		List<String> cashCosts = e.items.stream().filter(Item::cashCost).map(Item::id).toList();
		switch (type) {
			case 0 -> {
				Activity one = financed.get(r.nextInt(financed.size()));
				String payer = one.financiers().get(r.nextInt(one.financiers().size())).party();
				List<String> scope = scope(r, e.activities, payer, one.id());
				Quantity sharing = r.nextBoolean() ? formula("=rate") : q(r.nextDouble());
				Quantity minimum = r.nextBoolean() ? q(0) : q(r.nextDouble() * 0.2);
				Optional<Quantity> cap = r.nextBoolean() ? Optional.empty() : Optional.of(q(r.nextDouble()));
				boolean twoSided = r.nextBoolean();
				Quantity loss = r.nextBoolean() ? sharing : q(r.nextDouble());
				return new Arrangement.SharedSavings(id, "", from, to, payer, shares(r, e.parties), scope, sharing,
						minimum, cap, twoSided, loss);
			}
			case 1 -> {
				Activity one = financed.get(r.nextInt(financed.size()));
				String payer = one.financiers().get(r.nextInt(one.financiers().size())).party();
				Count per = Count.values()[r.nextInt(Count.values().length)];
				return new Arrangement.FixedPayment(id, "", from, to, payer, shares(r, e.parties),
						scope(r, e.activities, payer, one.id()), q(r.nextInt(2000)), per, countGroup(r, per, e));
			}
			case 2 -> {
				Count per = Count.values()[r.nextInt(Count.values().length)];
				return new Arrangement.OutcomePayment(id, "", from, to, pick(r, e.parties), shares(r, e.parties),
						r.nextBoolean() ? q(r.nextInt(5000)) : formula("=amount * 2"), per, countGroup(r, per, e),
						r.nextBoolean() ? Optional.empty() : Optional.of(condition(r, e)));
			}
			case 3 -> {
				BondMode mode = r.nextBoolean() ? BondMode.PRINCIPAL_PLUS_RETURN : BondMode.PER_OUTCOME;
				boolean principal = mode == BondMode.PRINCIPAL_PLUS_RETURN;
				return new Arrangement.ImpactBond(id, "", from, to, pick(r, e.parties), someOf(r, cashCosts),
						shares(r, e.parties), mode, q(principal ? r.nextDouble() * 0.2 : 0), r.nextInt(horizon),
						principal && r.nextBoolean() ? Optional.of(condition(r, e)) : Optional.empty(),
						q(principal ? 0 : r.nextInt(20_000)),
						!principal && (e.targetGroups.size() > 1 || r.nextBoolean())
								? Optional.of(e.targetGroups.get(r.nextInt(e.targetGroups.size())).id())
								: Optional.empty(),
						q(principal || r.nextBoolean() ? 0 : r.nextDouble() * 0.3));
			}
			case 4 -> {
				return new Arrangement.RevolvingFund(id, "", from, to, pick(r, e.parties), someOf(r, cashCosts),
						someParties(r, e.parties, 1), r.nextBoolean());
			}
			default -> {
				List<String> scope = someOf(r, financed.stream().map(Activity::id).toList());
				return new Arrangement.PooledBudget(id, "", from, to, pick(r, e.parties), shares(r, e.parties), scope,
						r.nextBoolean() ? Optional.empty() : Optional.of(r.nextBoolean() ? formula("=growth * 10")
								: q(r.nextInt(100_000))),
						r.nextBoolean() ? SurplusTo.HOLDER : SurplusTo.CONTRIBUTORS);
			}
		}
	}

	/** The scope of a payer: {@code one} and some other activities it finances. */
	private static List<String> scope(Random r, List<Activity> activities, String payer, String one) {
		List<String> scope = new ArrayList<>();
		for (Activity a : activities) {
			if (a.financedBy(payer) && (a.id().equals(one) || r.nextBoolean())) {
				scope.add(a.id());
			}
		}
		return scope;
	}

	/** A non-empty selection of ids, in their order. */
	private static List<String> someOf(Random r, List<String> ids) {
		List<String> chosen = new ArrayList<>();
		for (String id : ids) {
			if (r.nextBoolean()) {
				chosen.add(id);
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(ids.get(r.nextInt(ids.size())));
		}
		return chosen;
	}

	/** A list of 1..3 distinct parties with shares > 0 (not normalised). */
	private static List<PartyShare> shares(Random r, List<Party> parties) {
		List<PartyShare> shares = new ArrayList<>();
		for (String p : someParties(r, parties, 1)) {
			if (shares.size() < 3) {
				shares.add(new PartyShare(p, r.nextInt(4) == 0 ? formula("=1 + rate") : q(0.5 + r.nextInt(4))));
			}
		}
		return shares;
	}

	/** The group of a count: left out for YEAR, and sometimes when the case has exactly one group. */
	private static Optional<String> countGroup(Random r, Count per, Edit e) {
		if (per == Count.YEAR || e.targetGroups.size() == 1 && r.nextBoolean()) {
			return Optional.empty();
		}
		return Optional.of(e.targetGroups.get(r.nextInt(e.targetGroups.size())).id());
	}

	private static Condition condition(Random r, Edit e) {
		if (r.nextBoolean()) {
			String parameter = r.nextBoolean() ? RATE : AMOUNT;
			return new Condition.ParameterAtLeast(parameter,
					q(parameter.equals(RATE) ? r.nextDouble() : r.nextInt(1000)));
		}
		return new Condition.SuccessRateAtLeast(e.targetGroups.get(r.nextInt(e.targetGroups.size())).id(),
				q(r.nextDouble()));
	}

	/**
	 * The case with a realisation (6.7) in some of its years: key figures in their ranges, target-group figures,
	 * realised activity volumes (sometimes with tariff and unit cost) and realised item totals.
	 */
	static Case withActuals(Random r, Case c) {
		Edit e = edit(c);
		for (int t = 0; t < e.horizonYears; t++) {
			if (r.nextInt(3) != 0) {
				continue;
			}
			Map<String, Double> parameters = new LinkedHashMap<>();
			if (r.nextBoolean() && e.parameters.stream().anyMatch(p -> p.id().equals(RATE))) {
				parameters.put(RATE, r.nextDouble());
			}
			if (r.nextBoolean() && e.parameters.stream().anyMatch(p -> p.id().equals(AMOUNT))) {
				parameters.put(AMOUNT, (double) r.nextInt(1000));
			}
			Map<String, Actual.GroupActual> groups = new LinkedHashMap<>();
			if (r.nextBoolean()) {
				groups.put(e.targetGroups.get(r.nextInt(e.targetGroups.size())).id(), new Actual.GroupActual(
						r.nextBoolean() ? OptionalDouble.of(r.nextInt(1000)) : OptionalDouble.empty(),
						r.nextBoolean() ? OptionalDouble.of(r.nextDouble()) : OptionalDouble.empty(),
						r.nextBoolean() ? OptionalDouble.of(r.nextDouble()) : OptionalDouble.empty()));
			}
			Map<String, Actual.ActivityActual> activities = new LinkedHashMap<>();
			for (Activity a : e.activities) {
				if (r.nextInt(3) == 0) {
					activities.put(a.id(), new Actual.ActivityActual(r.nextInt(5000),
							r.nextBoolean() ? OptionalDouble.of(r.nextInt(200)) : OptionalDouble.empty(),
							r.nextBoolean() ? OptionalDouble.of(r.nextInt(200)) : OptionalDouble.empty()));
				}
			}
			Map<String, Double> items = new LinkedHashMap<>();
			for (Item i : e.items) {
				if (r.nextInt(3) == 0) {
					items.put(i.id(), (double) r.nextInt(100_000));
				}
			}
			e.actuals.add(new Actual(e.startYear + t, "", parameters, groups, activities, items));
		}
		if (!e.actuals.isEmpty()) {
			e.schemaVersion = 2;
		}
		return e.done();
	}

	static Edit edit(Case c) {
		return new Edit(c);
	}

	/** A case taken apart to be changed and put together again. */
	static final class Edit {
		int schemaVersion;
		final String name;
		final String description;
		final int startYear;
		final int horizonYears;
		Quantity discountRate;
		Quantity hoursPerFte;
		final Implementation implementation;
		final List<Parameter> parameters;
		final List<TargetGroup> targetGroups;
		final Set<Category> includedCategories;
		final List<Party> parties;
		final List<Activity> activities;
		final List<Item> items;
		final List<AllocationKey> allocationKeys;
		SettlementTerms settlement;
		final List<Arrangement> arrangements;
		final List<Scenario> scenarios;
		final List<Actual> actuals;
		Uncertainty uncertainty;

		Edit(Case c) {
			schemaVersion = c.schemaVersion();
			name = c.name();
			description = c.description();
			startYear = c.startYear();
			horizonYears = c.horizonYears();
			discountRate = c.discountRate();
			hoursPerFte = c.hoursPerFte();
			implementation = c.implementation();
			parameters = new ArrayList<>(c.parameters());
			targetGroups = new ArrayList<>(c.targetGroups());
			includedCategories = c.includedCategories();
			parties = new ArrayList<>(c.parties());
			activities = new ArrayList<>(c.activities());
			items = new ArrayList<>(c.items());
			allocationKeys = new ArrayList<>(c.allocationKeys());
			settlement = c.settlement();
			arrangements = new ArrayList<>(c.arrangements());
			scenarios = new ArrayList<>(c.scenarios());
			actuals = new ArrayList<>(c.actuals());
			uncertainty = c.uncertainty();
		}

		Case done() {
			return new Case(schemaVersion, name, description, startYear, horizonYears, discountRate, hoursPerFte,
					implementation, parameters, targetGroups, includedCategories, parties, activities, items,
					allocationKeys, settlement, arrangements, scenarios, actuals, uncertainty);
		}
	}
}
