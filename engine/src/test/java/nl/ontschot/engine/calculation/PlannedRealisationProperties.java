package nl.ontschot.engine.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;

/**
 * What the plan expects of a realised figure ({@link PreparedCase#planned()}) is the figure that, realised, gives the
 * plan's result: a year in which every key figure, target-group figure, activity volume, tariff and unit cost and
 * item total is realised as planned changes nothing (6.7), once the change is in full effect (f = 1).
 */
class PlannedRealisationProperties {

	@Provide
	Arbitrary<Random> randoms() {
		return Arbitraries.randomValue(r -> new Random(r.nextLong()));
	}

	@Property(tries = 60)
	void aYearRealisedAsPlannedGivesThePlansFigures(@ForAll("randoms") Random r) {
		Case c = RandomCases.generateV2(r, r.nextInt(3));
		PreparedCase prepared = PreparedCase.of(c);
		PreparedCase.Planned p = prepared.planned();
		int year = c.horizonYears() - 1;
		if (prepared.effect[year] != 1) {
			return;
		}
		Map<String, Double> parameters = new LinkedHashMap<>();
		for (Parameter parameter : c.parameters()) {
			parameters.put(parameter.id(), planned(p, "parameters." + parameter.id(), year));
		}
		Map<String, Actual.GroupActual> groups = new LinkedHashMap<>();
		for (TargetGroup g : c.targetGroups()) {
			String at = "targetGroups." + g.id() + ".";
			groups.put(g.id(), new Actual.GroupActual(OptionalDouble.of(planned(p, at + "population", year)),
					OptionalDouble.of(planned(p, at + "reachRate", year)),
					OptionalDouble.of(planned(p, at + "successRate", year))));
		}
		Map<String, Actual.ActivityActual> activities = new LinkedHashMap<>();
		for (Activity a : c.activities()) {
			String at = "activities." + a.id() + ".";
			activities.put(a.id(), new Actual.ActivityActual(planned(p, at + "volume", year),
					OptionalDouble.of(planned(p, at + "tariff", year)),
					OptionalDouble.of(planned(p, at + "unitCost", year))));
		}
		Map<String, Double> items = new LinkedHashMap<>();
		for (Item i : c.items()) {
			p.of("items." + i.id() + ".amount").ifPresent(v -> items.put(i.id(), v[year]));
		}
		RandomCases.Edit e = RandomCases.edit(c);
		e.actuals.clear();
		e.actuals.add(new Actual(c.startYear() + year, "", parameters, groups, activities, items));
		e.schemaVersion = 2;

		CalculationResult plan = Calculator.calculate(c);
		CalculationResult realised = Calculator.calculate(e.done());

		for (int i = 0; i < plan.parties().size(); i++) {
			PartyResult planned = plan.parties().get(i);
			PartyResult actual = realised.parties().get(i);
			Close.assertClose(planned.id() + " pv net", actual.pv().net(), planned.pv().net());
			Close.assertClose(planned.id() + " net after settlement", actual.netAfterSettlement(),
					planned.netAfterSettlement());
			Close.assertClose(planned.id() + " net in the realised year", actual.years().get(year).flows().net(),
					planned.years().get(year).flows().net());
		}
		assertThat(realised.variance()).isNotEmpty();
	}

	private static double planned(PreparedCase.Planned p, String field, int year) {
		return p.of(field).orElseThrow(() -> new AssertionError("no plan for " + field))[year];
	}
}
