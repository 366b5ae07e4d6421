package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.AllocationKey;
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
				false);
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
}
