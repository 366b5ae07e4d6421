package nl.ontschot.engine.calculation;

import static nl.ontschot.engine.calculation.RandomCases.q;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.BondMode;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Situation;
import nl.ontschot.engine.model.TargetGroup;

/**
 * The numeric fields of a case (calculation.md 6.1), each with its scenario target where it has one (6.6), its
 * value, a way to put another value in by hand, and random valid values for it.
 */
final class CaseFields {

	/** Which values a field takes (section 2, 6.5), so that a random value keeps the case valid. */
	enum Kind {
		FRACTION, DISCOUNT, MONEY, COUNT, POSITIVE, RETURN, ANY, RATE_FIGURE, AMOUNT_FIGURE
	}

	/** One numeric field: {@code target} is null for a field that no scenario may name. */
	record Field(String target, Quantity value, Kind kind, BiConsumer<RandomCases.Edit, Quantity> put) {

		Case with(Case c, Quantity q) {
			RandomCases.Edit e = RandomCases.edit(c);
			put.accept(e, q);
			return e.done();
		}
	}

	private CaseFields() {
	}

	/** A random valid value for a field of this kind (key figures as {@link RandomCases#generateV2} uses them). */
	static double random(Random r, Kind kind) {
		return switch (kind) {
			case FRACTION, RATE_FIGURE -> r.nextInt(5) == 0 ? r.nextInt(2) : r.nextDouble();
			case DISCOUNT -> r.nextDouble() * 0.2;
			case MONEY, AMOUNT_FIGURE -> r.nextInt(3) == 0 ? 0 : r.nextInt(1000);
			case COUNT -> r.nextInt(60);
			case POSITIVE -> 0.5 + r.nextInt(5);
			case RETURN -> r.nextDouble() * 0.5;
			case ANY -> r.nextInt(2000) - 500;
		};
	}

	static List<Field> all(Case c) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field("discountRate", c.discountRate(), Kind.DISCOUNT, (e, q) -> e.discountRate = q));
		fields.add(new Field(null, c.hoursPerFte(), Kind.POSITIVE, (e, q) -> e.hoursPerFte = q));
		for (int p = 0; p < c.parameters().size(); p++) {
			int at = p;
			Parameter parameter = c.parameters().get(p);
			Kind kind = parameter.id().equals(RandomCases.RATE) ? Kind.RATE_FIGURE : Kind.AMOUNT_FIGURE;
			fields.add(new Field("parameters." + parameter.id(), parameter.value(), kind, (e, q) -> e.parameters
					.set(at, new Parameter(parameter.id(), parameter.name(), q, parameter.unit(), parameter.description()))));
		}
		for (int g = 0; g < c.targetGroups().size(); g++) {
			int at = g;
			TargetGroup t = c.targetGroups().get(g);
			String target = "targetGroups." + t.id() + ".";
			fields.add(new Field(target + "population", t.population(), Kind.COUNT, (e, q) -> e.targetGroups.set(at,
					new TargetGroup(t.id(), t.name(), t.description(), q, t.reachRate(), t.successRate()))));
			fields.add(new Field(target + "reachRate", t.reachRate(), Kind.FRACTION, (e, q) -> e.targetGroups.set(at,
					new TargetGroup(t.id(), t.name(), t.description(), t.population(), q, t.successRate()))));
			fields.add(new Field(target + "successRate", t.successRate(), Kind.FRACTION, (e, q) -> e.targetGroups
					.set(at, new TargetGroup(t.id(), t.name(), t.description(), t.population(), t.reachRate(), q))));
		}
		for (int a = 0; a < c.activities().size(); a++) {
			activity(fields, a, c.activities().get(a));
		}
		for (int i = 0; i < c.items().size(); i++) {
			int at = i;
			Item it = c.items().get(i);
			String target = "items." + it.id() + ".";
			Function<Quantity[], Item> item = v -> new Item(it.id(), it.name(), it.type(), it.nature(), it.category(),
					it.recurrence(), it.year(), it.fromYear(), it.toYear(), Optional.ofNullable(v[0]),
					Optional.ofNullable(v[1]), Optional.ofNullable(v[2]), it.basis(), it.group(), it.followsEffect(),
					it.party(), it.allocation(), it.domain(), it.requires());
			Quantity amount = it.amount().orElse(null);
			Quantity fte = it.fte().orElse(null);
			Quantity perFte = it.costPerFte().orElse(null);
			if (amount != null) {
				fields.add(new Field(target + "amount", amount, Kind.MONEY,
						(e, q) -> e.items.set(at, item.apply(new Quantity[] { q, null, null }))));
			} else {
				fields.add(new Field(target + "fte", fte, Kind.COUNT,
						(e, q) -> e.items.set(at, item.apply(new Quantity[] { null, q, perFte }))));
				fields.add(new Field(target + "costPerFte", perFte, Kind.MONEY,
						(e, q) -> e.items.set(at, item.apply(new Quantity[] { null, fte, q }))));
			}
		}
		for (int k = 0; k < c.allocationKeys().size(); k++) {
			int at = k;
			AllocationKey key = c.allocationKeys().get(k);
			for (String party : key.parties()) {
				Quantity weight = key.weights().get(party);
				if (weight != null) {
					fields.add(new Field(null, weight, Kind.MONEY, (e, q) -> {
						Map<String, Quantity> weights = new LinkedHashMap<>(key.weights());
						weights.put(party, q);
						e.allocationKeys.set(at, new AllocationKey(key.id(), key.name(), key.method(), key.parties(),
								weights, key.basis()));
					}));
				}
			}
		}
		for (int a = 0; a < c.arrangements().size(); a++) {
			arrangement(fields, a, c.arrangements().get(a));
		}
		return fields;
	}

	/** The fields of one activity; a future field that follows the current one changes with it. */
	private static void activity(List<Field> fields, int at, Activity ac) {
		String target = "activities." + ac.id() + ".";
		String[] names = { "volume", "tariff", "unitCost", "hoursPerUnit" };
		for (int f = 0; f < 4; f++) {
			int field = f;
			Quantity current = get(ac.current(), f);
			Quantity future = get(ac.future(), f);
			Kind kind = f == 0 ? Kind.COUNT : f == 3 ? Kind.POSITIVE : Kind.MONEY;
			fields.add(new Field(target + "current." + names[f], current, kind, (e, q) -> {
				Situation fut = future == current ? set(ac.future(), field, q) : ac.future();
				e.activities.set(at, activity(ac, set(ac.current(), field, q), fut, ac.capacityRelease(),
						ac.financiers()));
			}));
			fields.add(new Field(target + "future." + names[f], future, kind, (e, q) -> e.activities.set(at,
					activity(ac, ac.current(), set(ac.future(), field, q), ac.capacityRelease(), ac.financiers()))));
		}
		fields.add(new Field(target + "capacityRelease", ac.capacityRelease(), Kind.FRACTION, (e, q) -> e.activities
				.set(at, activity(ac, ac.current(), ac.future(), q, ac.financiers()))));
		for (int j = 0; j < ac.financiers().size(); j++) {
			int share = j;
			fields.add(new Field(null, ac.financiers().get(j).share(), Kind.POSITIVE, (e, q) -> e.activities.set(at,
					activity(ac, ac.current(), ac.future(), ac.capacityRelease(), withShare(ac.financiers(), share, q)))));
		}
	}

	private static Activity activity(Activity a, Situation current, Situation future, Quantity release,
			List<PartyShare> financiers) {
		return new Activity(a.id(), a.name(), a.domain(), a.unit(), a.provider(), financiers, a.basis(), a.group(),
				current, future, release, a.requires());
	}

	private static Quantity get(Situation s, int field) {
		return switch (field) {
			case 0 -> s.volume();
			case 1 -> s.tariff();
			case 2 -> s.unitCost();
			default -> s.hoursPerUnit();
		};
	}

	private static Situation set(Situation s, int field, Quantity q) {
		return new Situation(field == 0 ? q : s.volume(), field == 1 ? q : s.tariff(), field == 2 ? q : s.unitCost(),
				field == 3 ? q : s.hoursPerUnit());
	}

	private static List<PartyShare> withShare(List<PartyShare> shares, int j, Quantity q) {
		List<PartyShare> copy = new ArrayList<>(shares);
		copy.set(j, new PartyShare(shares.get(j).party(), q));
		return copy;
	}

	/** The terms, shares and condition threshold of one arrangement. */
	private static void arrangement(List<Field> fields, int at, Arrangement arrangement) {
		String target = "arrangements." + arrangement.id() + ".";
		BiConsumer<String, Function<Quantity, Arrangement>> term = (name, with) -> {
			Quantity value = termValue(arrangement, name);
			Kind kind = switch (name) {
				case "sharingRate", "minimumSavingsRate", "lossSharingRate" -> Kind.FRACTION;
				case "cap", "returnRate", "maxReturnRate" -> Kind.RETURN;
				default -> Kind.MONEY;
			};
			fields.add(new Field(target + name, value, kind, (e, q) -> e.arrangements.set(at, with.apply(q))));
		};
		if (arrangement instanceof Arrangement.SharedSavings s) {
			// lossSharingRate not given follows sharingRate (6.5)
			term.accept("sharingRate", q -> new Arrangement.SharedSavings(s.id(), s.name(), s.fromYear(), s.toYear(),
					s.payer(), s.recipients(), s.scope(), q, s.minimumSavingsRate(), s.cap(), s.twoSided(),
					s.lossSharingRate() == s.sharingRate() ? q : s.lossSharingRate()));
			term.accept("minimumSavingsRate", q -> new Arrangement.SharedSavings(s.id(), s.name(), s.fromYear(),
					s.toYear(), s.payer(), s.recipients(), s.scope(), s.sharingRate(), q, s.cap(), s.twoSided(),
					s.lossSharingRate()));
			if (s.cap().isPresent()) {
				term.accept("cap", q -> new Arrangement.SharedSavings(s.id(), s.name(), s.fromYear(), s.toYear(),
						s.payer(), s.recipients(), s.scope(), s.sharingRate(), s.minimumSavingsRate(), Optional.of(q),
						s.twoSided(), s.lossSharingRate()));
			}
			term.accept("lossSharingRate", q -> new Arrangement.SharedSavings(s.id(), s.name(), s.fromYear(),
					s.toYear(), s.payer(), s.recipients(), s.scope(), s.sharingRate(), s.minimumSavingsRate(), s.cap(),
					s.twoSided(), q));
			shares(fields, at, s.recipients(), l -> new Arrangement.SharedSavings(s.id(), s.name(), s.fromYear(),
					s.toYear(), s.payer(), l, s.scope(), s.sharingRate(), s.minimumSavingsRate(), s.cap(),
					s.twoSided(), s.lossSharingRate()));
		} else if (arrangement instanceof Arrangement.FixedPayment f) {
			term.accept("price", q -> new Arrangement.FixedPayment(f.id(), f.name(), f.fromYear(), f.toYear(),
					f.payer(), f.recipients(), f.scope(), q, f.per(), f.group()));
			shares(fields, at, f.recipients(), l -> new Arrangement.FixedPayment(f.id(), f.name(), f.fromYear(),
					f.toYear(), f.payer(), l, f.scope(), f.price(), f.per(), f.group()));
		} else if (arrangement instanceof Arrangement.OutcomePayment o) {
			term.accept("amount", q -> new Arrangement.OutcomePayment(o.id(), o.name(), o.fromYear(), o.toYear(),
					o.payer(), o.recipients(), q, o.per(), o.group(), o.condition()));
			shares(fields, at, o.recipients(), l -> new Arrangement.OutcomePayment(o.id(), o.name(), o.fromYear(),
					o.toYear(), o.payer(), l, o.amount(), o.per(), o.group(), o.condition()));
			o.condition().ifPresent(c -> fields.add(new Field(null, threshold(c), Kind.ANY,
					(e, q) -> e.arrangements.set(at, new Arrangement.OutcomePayment(o.id(), o.name(), o.fromYear(),
							o.toYear(), o.payer(), o.recipients(), o.amount(), o.per(), o.group(),
							Optional.of(withThreshold(c, q)))))));
		} else if (arrangement instanceof Arrangement.ImpactBond b) {
			Function<Quantity[], Arrangement> bond = v -> new Arrangement.ImpactBond(b.id(), b.name(), b.fromYear(),
					b.toYear(), b.investor(), b.financed(), b.outcomePayers(), b.mode(), v[0], b.repaymentYear(),
					b.condition(), v[1], b.group(), v[2]);
			if (b.mode() == BondMode.PRINCIPAL_PLUS_RETURN) {
				term.accept("returnRate", q -> bond.apply(new Quantity[] { q, b.price(), b.maxReturnRate() }));
			} else {
				term.accept("price", q -> bond.apply(new Quantity[] { b.returnRate(), q, b.maxReturnRate() }));
				term.accept("maxReturnRate", q -> bond.apply(new Quantity[] { b.returnRate(), b.price(), q }));
			}
			shares(fields, at, b.outcomePayers(), l -> new Arrangement.ImpactBond(b.id(), b.name(), b.fromYear(),
					b.toYear(), b.investor(), b.financed(), l, b.mode(), b.returnRate(), b.repaymentYear(),
					b.condition(), b.price(), b.group(), b.maxReturnRate()));
			b.condition().ifPresent(c -> fields.add(new Field(null, threshold(c), Kind.ANY,
					(e, q) -> e.arrangements.set(at, new Arrangement.ImpactBond(b.id(), b.name(), b.fromYear(),
							b.toYear(), b.investor(), b.financed(), b.outcomePayers(), b.mode(), b.returnRate(),
							b.repaymentYear(), Optional.of(withThreshold(c, q)), b.price(), b.group(),
							b.maxReturnRate())))));
		} else if (arrangement instanceof Arrangement.PooledBudget p) {
			if (p.budget().isPresent()) {
				term.accept("budget", q -> new Arrangement.PooledBudget(p.id(), p.name(), p.fromYear(), p.toYear(),
						p.holder(), p.contributors(), p.scope(), Optional.of(q), p.surplus()));
			}
			shares(fields, at, p.contributors(), l -> new Arrangement.PooledBudget(p.id(), p.name(), p.fromYear(),
					p.toYear(), p.holder(), l, p.scope(), p.budget(), p.surplus()));
		}
	}

	private static Quantity termValue(Arrangement a, String name) {
		if (a instanceof Arrangement.SharedSavings s) {
			return switch (name) {
				case "sharingRate" -> s.sharingRate();
				case "minimumSavingsRate" -> s.minimumSavingsRate();
				case "cap" -> s.cap().orElseThrow();
				default -> s.lossSharingRate();
			};
		}
		if (a instanceof Arrangement.FixedPayment f) {
			return f.price();
		}
		if (a instanceof Arrangement.OutcomePayment o) {
			return o.amount();
		}
		if (a instanceof Arrangement.ImpactBond b) {
			return switch (name) {
				case "returnRate" -> b.returnRate();
				case "price" -> b.price();
				default -> b.maxReturnRate();
			};
		}
		return ((Arrangement.PooledBudget) a).budget().orElseThrow();
	}

	private static void shares(List<Field> fields, int at, List<PartyShare> list,
			Function<List<PartyShare>, Arrangement> with) {
		for (int j = 0; j < list.size(); j++) {
			int share = j;
			fields.add(new Field(null, list.get(j).share(), Kind.POSITIVE,
					(e, q) -> e.arrangements.set(at, with.apply(withShare(list, share, q)))));
		}
	}

	private static Quantity threshold(Condition c) {
		return c instanceof Condition.ParameterAtLeast p ? p.atLeast() : ((Condition.SuccessRateAtLeast) c).atLeast();
	}

	private static Condition withThreshold(Condition c, Quantity q) {
		return c instanceof Condition.ParameterAtLeast p ? new Condition.ParameterAtLeast(p.parameter(), q)
				: new Condition.SuccessRateAtLeast(((Condition.SuccessRateAtLeast) c).group(), q);
	}
}
