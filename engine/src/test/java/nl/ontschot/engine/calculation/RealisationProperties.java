package nl.ontschot.engine.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;

/**
 * Realisation (calculation.md 6.7) with the result's {@code plan} and {@code variance} (6.9): actuals that equal
 * the plan in every year give the plan, and one realised value that differs moves the figures of its own year
 * only.
 */
class RealisationProperties {

	/** A case without actuals and the same case with actuals for every year that equal its plan. */
	record Realised(Case planned, Case c) {
	}

	/**
	 * As {@link Realised}, with one realised value of year index {@code year} changed ({@code what}).
	 * {@code parameter}: the key figure that was changed, if it was one. {@code totalChange}: for an item amount
	 * or an activity volume, by how much the total net of that year must change (for an item its sign times the
	 * change when it is counted and CASH, else 0). {@code crossYear}: the case has a line that carries a year's
	 * figures into other years (see {@link #crossYear}).
	 */
	record Changed(Case planned, Case c, int year, String what, Optional<String> parameter, OptionalDouble totalChange,
			boolean crossYear) {
	}

	@Provide
	Arbitrary<Realised> realised() {
		return Arbitraries.randomValue(r -> {
			Case planned = RandomCases.generateV2(r, r.nextInt(4));
			return new Realised(planned, withPlanAsActuals(r, planned));
		});
	}

	@Provide
	Arbitrary<Changed> changed() {
		return Arbitraries.randomValue(RealisationProperties::changed);
	}

	@Property(tries = 200)
	void actualsThatEqualThePlanGiveThePlan(@ForAll("realised") Realised w) {
		CalculationResult result = Calculator.calculate(w.c());
		CalculationResult plan = Calculator.calculate(w.planned());

		assertPlanIsTheCaseWithoutActuals(result, plan);
		for (int i = 0; i < plan.parties().size(); i++) {
			PartyResult planned = plan.parties().get(i);
			PartyResult realised = result.parties().get(i);
			String id = planned.id();
			for (int t = 0; t < plan.years().size(); t++) {
				Close.assertClose("net of " + id + " in year " + t, realised.years().get(t).flows().net(),
						planned.years().get(t).flows().net());
				assertZero("variance of " + id + " in year " + t, result.variance().get(id).years().get(t));
			}
			assertZero("variance pv of " + id, result.variance().get(id).pv());
			// settled afterwards on the same figures: the same settlement as the plan's
			Close.assertClose("netAfterSettlement of " + id, realised.netAfterSettlement(),
					planned.netAfterSettlement());
		}
	}

	@Property(tries = 300)
	void aRealisedValueThatDiffersChangesTheFiguresOfItsOwnYear(@ForAll("changed") Changed w) {
		Statistics.label("changed").collect(w.what().substring(0, w.what().indexOf('.')));
		Statistics.label("figures that cross years").collect(w.crossYear());
		CalculationResult result = Calculator.calculate(w.c());
		CalculationResult plan = Calculator.calculate(w.planned());

		assertPlanIsTheCaseWithoutActuals(result, plan);
		// the key figures as used: a realised one in its year (a formula over it changes with it), the plan's elsewhere
		plan.parameters().forEach((id, values) -> {
			for (int t = 0; t < values.size(); t++) {
				if (t != w.year()) {
					Close.assertClose(w.what() + ": " + id + " in year " + t, result.parameters().get(id).get(t),
							values.get(t));
				}
			}
		});
		w.parameter().ifPresent(id -> assertThat(result.parameters().get(id).get(w.year()))
				.isEqualTo(w.c().actuals().get(w.year()).parameters().get(id)));
		for (int t = 0; t < plan.years().size(); t++) {
			double realisedTotal = 0;
			double plannedTotal = 0;
			for (int i = 0; i < plan.parties().size(); i++) {
				String id = plan.parties().get(i).id();
				double realised = result.parties().get(i).years().get(t).flows().net();
				double planned = plan.parties().get(i).years().get(t).flows().net();
				Close.assertClose(w.what() + ": variance of " + id + " in year " + t,
						planned + result.variance().get(id).years().get(t), realised);
				if (t != w.year() && !w.crossYear()) {
					Close.assertClose(w.what() + ": net of " + id + " in year " + t, realised, planned);
				}
				realisedTotal += realised;
				plannedTotal += planned;
			}
			// arrangements and keys only move money between parties: every other year's total stays as planned
			if (t != w.year()) {
				Close.assertClose(w.what() + ": total net in year " + t, realisedTotal, plannedTotal);
			} else if (w.totalChange().isPresent()) {
				Close.assertClose(w.what() + ": total net in year " + t, realisedTotal,
						plannedTotal + w.totalChange().getAsDouble());
			}
		}
	}

	/** {@code plan} holds the figures of the case without actuals, per party per year and at present value. */
	private static void assertPlanIsTheCaseWithoutActuals(CalculationResult result, CalculationResult plan) {
		assertThat(result.plan().keySet()).containsExactlyElementsOf(plan.parties().stream().map(PartyResult::id).toList());
		for (PartyResult p : plan.parties()) {
			for (int t = 0; t < plan.years().size(); t++) {
				Close.assertClose("plan of " + p.id() + " in year " + t, result.plan().get(p.id()).years().get(t),
						p.years().get(t).flows().net());
			}
			Close.assertClose("plan pv of " + p.id(), result.plan().get(p.id()).pv(), p.pv().net());
		}
	}

	private static void assertZero(String what, double value) {
		assertThat(Math.abs(value)).as("%s: %s", what, value).isLessThanOrEqualTo(1e-6);
	}

	/**
	 * Lines that carry one year's figures into other years: an impact bond (its repayment and its cap count the
	 * costs of every year) and a BY_BENEFIT key (its shares follow the parties' present values over the horizon).
	 */
	private static boolean crossYear(Case c) {
		return c.arrangements().stream().anyMatch(a -> a.type() == ArrangementType.IMPACT_BOND)
				|| c.allocationKeys().stream().anyMatch(k -> k.method() == KeyMethod.BY_BENEFIT);
	}

	static Changed changed(Random r) {
		Case planned;
		if (r.nextBoolean()) {
			planned = RandomCases.generateV2(r, r.nextInt(4));
		} else {
			// every arrangement type but the impact bond, so that more cases have no line that crosses years
			RandomCases.Edit e = RandomCases.edit(RandomCases.generateV2(r, 0));
			for (int a = 0, count = r.nextInt(4); a < count; a++) {
				int type = r.nextInt(5);
				e.arrangements.add(RandomCases.arrangement(r, "r" + a, e, type < 3 ? type : type + 1));
			}
			planned = e.done();
		}
		Plan p = new Plan(planned);
		RandomCases.Edit e = RandomCases.edit(withPlanAsActuals(r, planned));
		int year = r.nextInt(planned.horizonYears());
		Actual before = e.actuals.get(year);
		Map<String, Double> parameters = new LinkedHashMap<>(before.parameters());
		Map<String, Actual.GroupActual> groups = new LinkedHashMap<>(before.targetGroups());
		Map<String, Actual.ActivityActual> activities = new LinkedHashMap<>(before.activities());
		Map<String, Double> items = new LinkedHashMap<>(before.items());
		String what;
		Optional<String> parameter = Optional.empty();
		OptionalDouble totalChange = OptionalDouble.empty();
		int kind = r.nextInt(4);
		if (kind == 0 && !planned.items().isEmpty()) {
			Item item = planned.items().get(r.nextInt(planned.items().size()));
			double value = r.nextInt(100_000);
			double old = p.itemValue(item, year);
			items.put(item.id(), value);
			boolean counted = planned.includedCategories().contains(item.category()) && item.nature() == Nature.CASH;
			totalChange = OptionalDouble.of(counted ? item.sign() * (value - old) : 0);
			what = "items." + item.id() + " " + old + " -> " + value;
		} else if (kind == 1 && !activities.isEmpty()) {
			Activity activity = planned.activities().get(r.nextInt(planned.activities().size()));
			Actual.ActivityActual old = activities.get(activity.id());
			Actual.ActivityActual changed = new Actual.ActivityActual(r.nextInt(5000), old.tariff(), old.unitCost());
			activities.put(activity.id(), changed);
			totalChange = OptionalDouble.of(
					p.activityTotal(activity, changed, year) - p.activityTotal(activity, old, year));
			what = "activities." + activity.id() + ".volume " + old.volume() + " -> " + changed.volume();
		} else if (kind == 2) {
			TargetGroup g = planned.targetGroups().get(r.nextInt(planned.targetGroups().size()));
			Actual.GroupActual a = groups.getOrDefault(g.id(), new Actual.GroupActual(OptionalDouble.empty(),
					OptionalDouble.empty(), OptionalDouble.empty()));
			double value = r.nextDouble();
			int field = r.nextInt(3);
			groups.put(g.id(), new Actual.GroupActual(field == 0 ? OptionalDouble.of(r.nextInt(1000)) : a.population(),
					field == 1 ? OptionalDouble.of(value) : a.reachRate(),
					field == 2 ? OptionalDouble.of(value) : a.successRate()));
			what = "targetGroups." + g.id() + "." + List.of("population", "reachRate", "successRate").get(field)
					+ " -> " + groups.get(g.id());
		} else {
			String id = List.of(RandomCases.RATE, RandomCases.AMOUNT, RandomCases.GROWTH).get(r.nextInt(3));
			double value = id.equals(RandomCases.RATE) ? r.nextDouble() : r.nextInt(1000);
			what = "parameters." + id + " " + p.parameters.get(id).get(year) + " -> " + value;
			parameters.put(id, value);
			parameter = Optional.of(id);
		}
		e.actuals.set(year, new Actual(before.year(), "", parameters, groups, activities, items));
		return new Changed(planned, e.done(), year, what + " in year " + year, parameter, totalChange,
				crossYear(planned));
	}

	/**
	 * The case with an actual for every year whose values are the plan's: the key figures as the plan uses them,
	 * the target-group figures, each activity's total future volume m × u.volume (only in years with the full
	 * effect: a realised volume is the whole of its year, 6.10, which the plan's f(t) < 1 has no volume for), and
	 * each item's total value. Some of them are left out at random: the plan's value then stays anyway.
	 */
	static Case withPlanAsActuals(Random r, Case c) {
		Plan p = new Plan(c);
		RandomCases.Edit e = RandomCases.edit(c);
		for (int t = 0; t < c.horizonYears(); t++) {
			int year = t;
			Map<String, Double> parameters = new LinkedHashMap<>();
			p.parameters.forEach((id, values) -> {
				if (r.nextInt(4) != 0) {
					parameters.put(id, values.get(year));
				}
			});
			Map<String, Actual.GroupActual> groups = new LinkedHashMap<>();
			for (TargetGroup g : c.targetGroups()) {
				if (r.nextInt(4) != 0) {
					groups.put(g.id(), new Actual.GroupActual(OptionalDouble.of(p.value(g.population(), t)),
							OptionalDouble.of(p.value(g.reachRate(), t)), OptionalDouble.of(p.value(g.successRate(), t))));
				}
			}
			Map<String, Actual.ActivityActual> activities = new LinkedHashMap<>();
			if (c.implementation().effect(t) == 1) {
				for (Activity a : c.activities()) {
					activities.put(a.id(), new Actual.ActivityActual(
							p.scale(a.basis(), a.group().orElse(null), t) * p.value(a.future().volume(), t),
							r.nextBoolean() ? OptionalDouble.of(p.value(a.future().tariff(), t)) : OptionalDouble.empty(),
							r.nextBoolean() ? OptionalDouble.of(p.value(a.future().unitCost(), t))
									: OptionalDouble.empty()));
				}
			}
			Map<String, Double> items = new LinkedHashMap<>();
			for (Item i : c.items()) {
				if (r.nextInt(4) != 0) {
					items.put(i.id(), p.itemValue(i, t));
				}
			}
			e.actuals.add(new Actual(c.startYear() + t, "", parameters, groups, activities, items));
		}
		return e.done();
	}

	/** The plan's values of a case's fields per year, as section 3 and 6.2 define them. */
	private static final class Plan {

		final Case c;
		/** Each key figure per year as the plan uses it. */
		final Map<String, List<Double>> parameters;

		Plan(Case c) {
			this.c = c;
			this.parameters = Calculator.calculate(c).parameters();
		}

		/** A field's value in year t: its number, or its formula with the plan's key figures of that year. */
		double value(Quantity q, int t) {
			if (q instanceof Quantity.Fixed f) {
				return f.value();
			}
			List<String> ids = c.parameters().stream().map(Parameter::id).toList();
			double[] values = ids.stream().mapToDouble(id -> parameters.get(id).get(t)).toArray();
			return ((Quantity.Computed) q).formula().compile(ids::indexOf).evaluate(values, t, c.startYear() + t);
		}

		/** The scale m: 1, the participants P or the successes S of the group (the only one when null). */
		double scale(Basis basis, String group, int t) {
			if (basis == Basis.TOTAL) {
				return 1;
			}
			TargetGroup g = c.targetGroups().stream().filter(x -> group == null || x.id().equals(group)).findFirst()
					.orElseThrow();
			double participants = value(g.population(), t) * value(g.reachRate(), t);
			return basis == Basis.PER_PARTICIPANT ? participants : participants * value(g.successRate(), t);
		}

		/**
		 * What a realised activity adds to the total net of year t (6.7): its expense change only when no party of
		 * the case pays it (else the financier's expense and the provider's revenue cancel), less the provider's
		 * operating cost change (a saving only for the share capacityRelease turns into cash).
		 */
		double activityTotal(Activity a, Actual.ActivityActual real, int t) {
			double m = scale(a.basis(), a.group().orElse(null), t);
			double tariff = real.tariff().orElse(value(a.future().tariff(), t));
			double unitCost = real.unitCost().orElse(value(a.future().unitCost(), t));
			double current = m * value(a.current().volume(), t);
			double dE = real.volume() * tariff - current * value(a.current().tariff(), t);
			double dC = real.volume() * unitCost - current * value(a.current().unitCost(), t);
			return (a.financiers().isEmpty() ? dE : 0) - (dC >= 0 ? dC : value(a.capacityRelease(), t) * dC);
		}

		/** An item's total value in year t: amount × m where it occurs, times f(t) when it follows the effect. */
		double itemValue(Item i, int t) {
			if (!i.occursIn(t)) {
				return 0;
			}
			double amount = i.amount().isPresent() ? value(i.amount().get(), t)
					: value(i.fte().orElseThrow(), t) * value(i.costPerFte().orElseThrow(), t);
			return amount * scale(i.basis(), i.group().orElse(null), t)
					* (i.followsEffect() ? c.implementation().effect(t) : 1);
		}
	}
}
