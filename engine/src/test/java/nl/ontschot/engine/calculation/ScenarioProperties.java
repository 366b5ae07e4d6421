package nl.ontschot.engine.calculation;

import static nl.ontschot.engine.calculation.RandomCases.formula;
import static nl.ontschot.engine.calculation.RandomCases.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Category;
import nl.ontschot.engine.model.Implementation;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Scenario;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.ScenarioResult;

/** A scenario (calculation.md 6.6) is the case with some fields edited: a full calculation, settlement included. */
class ScenarioProperties {

	/** A case with scenarios, and per scenario the case with its fields edited by hand. */
	record WithScenarios(Case c, List<Case> edited) {
	}

	@Provide
	Arbitrary<WithScenarios> cases() {
		return Arbitraries.randomValue(ScenarioProperties::withScenarios);
	}

	static WithScenarios withScenarios(Random r) {
		Case c = RandomCases.generateV2(r, r.nextInt(4));
		if (r.nextInt(3) == 0) {
			// realised years are kept by every scenario (6.10): the case edited by hand keeps them too
			c = RandomCases.withActuals(r, c);
		}
		List<Scenario> scenarios = new ArrayList<>();
		List<Case> edited = new ArrayList<>();
		for (int s = 0, count = 1 + r.nextInt(2); s < count; s++) {
			Map<String, Quantity> set = new LinkedHashMap<>();
			Case byHand = c;
			for (int n = 0, targets = 1 + r.nextInt(3); n < targets; n++) {
				// fields of the case as edited so far, so that a future field that follows current stays consistent
				List<CaseFields.Field> fields = CaseFields.all(byHand).stream()
						.filter(f -> f.target() != null && !set.containsKey(f.target())).toList();
				CaseFields.Field field = fields.get(r.nextInt(fields.size()));
				Quantity value = value(r, field.kind());
				set.put(field.target(), value);
				byHand = field.with(byHand, value);
			}
			scenarios.add(new Scenario("s" + s, "", "", set));
			RandomCases.Edit e = RandomCases.edit(byHand);
			edited.add(e.done());
		}
		RandomCases.Edit e = RandomCases.edit(c);
		e.scenarios.addAll(scenarios);
		return new WithScenarios(e.done(), edited);
	}

	/** A random valid value: a number, or for money a formula over the key figures. */
	private static Quantity value(Random r, CaseFields.Kind kind) {
		if (kind == CaseFields.Kind.MONEY && r.nextInt(3) == 0) {
			return formula("=amount * (1 + 0.1 * t)");
		}
		if (kind == CaseFields.Kind.AMOUNT_FIGURE && r.nextInt(3) == 0) {
			return formula("=rate * 100 + t");
		}
		if (kind == CaseFields.Kind.FRACTION && r.nextInt(5) == 0) {
			return formula("=rate");
		}
		return q(CaseFields.random(r, kind));
	}

	@Property(tries = 300)
	void aScenarioEqualsEditingTheCaseByHand(@ForAll("cases") WithScenarios w) {
		CalculationResult result = Calculator.calculate(w.c());
		assertThat(result.scenarios()).hasSize(w.edited().size() + 1);
		for (int s = 0; s < w.edited().size(); s++) {
			ScenarioResult scenario = result.scenarios().get(s + 1);
			assertThat(scenario.id()).isEqualTo(w.c().scenarios().get(s).id());
			CalculationResult byHand = Calculator.calculate(w.edited().get(s));
			double total = 0;
			for (PartyResult p : byHand.parties()) {
				ScenarioResult.Outcome outcome = scenario.parties().get(p.id());
				String set = w.c().scenarios().get(s).set().toString();
				Close.assertClose(set + " pvNet of " + p.id(), outcome.pvNet(), p.pv().net());
				Close.assertClose(set + " netAfterSettlement of " + p.id(), outcome.netAfterSettlement(),
						p.netAfterSettlement());
				total += p.pv().net();
			}
			Close.assertClose("total pvNet", scenario.totalPvNet(), total);
		}
		// the base first, with the case's own figures
		for (PartyResult p : result.parties()) {
			ScenarioResult.Outcome base = result.scenarios().get(0).parties().get(p.id());
			Close.assertClose("base pvNet of " + p.id(), base.pvNet(), p.pv().net());
			Close.assertClose("base netAfterSettlement of " + p.id(), base.netAfterSettlement(), p.netAfterSettlement());
		}
	}

	/** Found by the property: a scenario on an item that includedCategories leaves out failed with a NullPointerException. */
	@Example
	void aScenarioOnAnItemThatIsNotCountedChangesNothing() {
		Item left = new Item("i", "i", ItemType.COST, Nature.CASH, Category.OTHER, Recurrence.INCIDENTAL, 0, 0, 0,
				Optional.of(q(100)), Optional.empty(), Optional.empty(), Basis.TOTAL, Optional.empty(), false,
				Optional.of("p"), Optional.empty(), Optional.empty(), List.of());
		Case c = new Case(2, "c", "", 2026, 1, q(0), q(1872), Implementation.NONE, List.of(), List.of(),
				Set.of(Category.PERSONNEL), List.of(new Party("p", "p", PartyType.OTHER, false, List.of(), "")),
				List.of(), List.of(left), List.of(), SettlementTerms.NONE, List.of(),
				List.of(new Scenario("s", "", "", Map.of("items.i.amount", q(1)))), List.of(), Uncertainty.NONE);

		ScenarioResult scenario = Calculator.calculate(c).scenarios().get(1);

		assertThat(scenario.parties().get("p").pvNet()).isZero();
	}
}
