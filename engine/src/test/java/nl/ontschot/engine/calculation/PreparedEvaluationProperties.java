package nl.ontschot.engine.calculation;

import static nl.ontschot.engine.calculation.RandomCases.formula;
import static nl.ontschot.engine.calculation.RandomCases.q;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.PartyResult;

/**
 * A case prepared once and evaluated many times gives the figures of the full calculation, for every settlement
 * method, also when its buffers were used for other variants before, and a variant (evaluated from the base's
 * figures, only its changed lines recomputed) gives those of the case edited by hand.
 */
class PreparedEvaluationProperties {

	/** A case, other values for some of its fields, and an order of the settlement methods. */
	record Setup(Case c, Map<String, Quantity> other, List<SettlementMethod> methods) {
	}

	@Provide
	Arbitrary<Setup> setups() {
		return Arbitraries.randomValue(PreparedEvaluationProperties::setup);
	}

	static Setup setup(Random r) {
		Case c = r.nextInt(4) == 0 ? RandomCases.generate(r) : RandomCases.generateV2(r);
		if (r.nextInt(3) == 0) {
			c = RandomCases.withActuals(r, c);
		}
		Map<String, Quantity> other = new LinkedHashMap<>();
		List<CaseFields.Field> fields = CaseFields.all(c).stream().filter(f -> f.target() != null).toList();
		for (int n = 0, count = 1 + r.nextInt(3); n < count; n++) {
			CaseFields.Field field = fields.get(r.nextInt(fields.size()));
			other.put(field.target(), q(CaseFields.random(r, field.kind())));
		}
		List<SettlementMethod> methods = new ArrayList<>(List.of(SettlementMethod.values()));
		Collections.shuffle(methods, r);
		return new Setup(c, other, methods);
	}

	@Property(tries = 300)
	void thePreparedEvaluationEqualsTheFullCalculation(@ForAll("setups") Setup s) {
		Case c = s.c();
		PreparedCase prepared = PreparedCase.of(c);
		Evaluation evaluation = prepared.evaluation();
		PreparedCase.Variant other = prepared.variant(s.other());
		for (SettlementMethod m : s.methods()) {
			CalculationResult full = Calculator.calculate(c.withSettlement(c.settlement().withMethod(m)));
			evaluation.run(prepared.withMethod(m), true);
			agree(m + ", first run", evaluation, full);
			evaluation.run(prepared.withMethod(m), true);
			agree(m + ", the same run again", evaluation, full);
			evaluation.run(other.withMethod(m), true);
			evaluation.run(prepared.withMethod(m), true);
			agree(m + ", after the variant " + s.other(), evaluation, full);
		}
		// and the base itself, after all of those
		evaluation.run(prepared.base(), true);
		agree("base", evaluation, Calculator.calculate(c));
	}

	private static void agree(String what, Evaluation evaluation, CalculationResult full) {
		for (int i = 0; i < full.parties().size(); i++) {
			PartyResult p = full.parties().get(i);
			Close.assertClose(what + ": pvNet of " + p.id(), evaluation.pvNet()[i], p.pv().net());
			Close.assertClose(what + ": netAfterSettlement of " + p.id(), evaluation.netAfterSettlement()[i],
					p.netAfterSettlement());
		}
	}

	/** A case, a series of variants of it, and per variant the case edited by hand and a settlement method. */
	record Series(Case c, List<Map<String, Quantity>> variants, List<Case> edited, List<SettlementMethod> methods) {
	}

	@Provide
	Arbitrary<Series> series() {
		return Arbitraries.randomValue(PreparedEvaluationProperties::series);
	}

	/**
	 * Variants that change one field or many (then many lines), often a group's population, reach or success
	 * rate (every line of the group), and in a version 2 case sometimes the key figure that a WEIGHTS key's
	 * weight follows (every shared item of the key); 0 often, so that lines and BY_BENEFIT weights vanish.
	 */
	static Series series(Random r) {
		Case c = r.nextInt(4) == 0 ? RandomCases.generate(r) : RandomCases.generateV2(r);
		boolean weightFollows = c.parameters().stream().anyMatch(p -> p.id().equals(RandomCases.AMOUNT))
				&& r.nextBoolean() && weightsKey(c) >= 0;
		if (weightFollows) {
			RandomCases.Edit e = RandomCases.edit(c);
			int k = weightsKey(c);
			AllocationKey key = c.allocationKeys().get(k);
			Map<String, Quantity> weights = new LinkedHashMap<>(key.weights());
			weights.put(key.parties().get(0), formula("=" + RandomCases.AMOUNT + " + 1"));
			e.allocationKeys.set(k, new AllocationKey(key.id(), key.name(), key.method(), key.parties(), weights,
					key.basis()));
			c = e.done();
		}
		if (r.nextInt(3) == 0) {
			c = RandomCases.withActuals(r, c);
		}
		List<Map<String, Quantity>> variants = new ArrayList<>();
		List<Case> edited = new ArrayList<>();
		List<SettlementMethod> methods = new ArrayList<>();
		for (int v = 0, count = 2 + r.nextInt(4); v < count; v++) {
			Map<String, Quantity> set = new LinkedHashMap<>();
			Case byHand = c;
			int targets = r.nextInt(4) == 0 ? 4 + r.nextInt(10) : 1 + r.nextInt(2);
			for (int n = 0; n < targets; n++) {
				List<CaseFields.Field> fields = CaseFields.all(byHand).stream()
						.filter(f -> f.target() != null && !set.containsKey(f.target())).toList();
				List<CaseFields.Field> groups = fields.stream().filter(f -> f.target().startsWith("targetGroups."))
						.toList();
				if (weightFollows && r.nextInt(3) == 0) {
					fields = fields.stream().filter(f -> f.target().equals("parameters." + RandomCases.AMOUNT)).toList();
				} else if (!groups.isEmpty() && r.nextBoolean()) {
					fields = groups;
				}
				if (fields.isEmpty()) {
					continue;
				}
				CaseFields.Field field = fields.get(r.nextInt(fields.size()));
				Quantity value = q(CaseFields.random(r, field.kind()));
				set.put(field.target(), value);
				byHand = field.with(byHand, value);
			}
			variants.add(set);
			edited.add(byHand);
			methods.add(SettlementMethod.values()[r.nextInt(SettlementMethod.values().length)]);
		}
		return new Series(c, variants, edited, methods);
	}

	private static int weightsKey(Case c) {
		for (int k = 0; k < c.allocationKeys().size(); k++) {
			if (c.allocationKeys().get(k).method() == KeyMethod.WEIGHTS) {
				return k;
			}
		}
		return -1;
	}

	@Property(tries = 300)
	void variantsInARowEqualTheCaseEditedByHand(@ForAll("series") Series s) {
		Case c = s.c();
		PreparedCase prepared = PreparedCase.of(c);
		Evaluation evaluation = prepared.evaluation();
		// the Monte Carlo run's buffers, which move the parties' nets by the scales' sums without their flows
		Evaluation perParty = prepared.partyEvaluation();
		for (int v = 0; v < s.variants().size(); v++) {
			SettlementMethod m = s.methods().get(v);
			Case byHand = s.edited().get(v);
			PreparedCase.Variant variant = prepared.variant(s.variants().get(v)).withMethod(m);
			evaluation.run(variant, true);
			CalculationResult expected = Calculator.calculate(byHand.withSettlement(byHand.settlement().withMethod(m)));
			agree(s.variants().get(v) + " with " + m, evaluation, expected);
			perParty.run(variant, true);
			agree(s.variants().get(v) + " with " + m + ", figures per party", perParty, expected);
			if (!c.actuals().isEmpty() && v % 2 == 1) {
				// the plan alone: the base's figures without actuals are kept apart from those with them
				evaluation.run(variant, false);
				RandomCases.Edit withoutActuals = RandomCases.edit(byHand);
				withoutActuals.actuals.clear();
				withoutActuals.settlement = byHand.settlement().withMethod(m);
				agree(s.variants().get(v) + " with " + m + ", the plan alone", evaluation,
						Calculator.calculate(withoutActuals.done()));
			}
			if (v == 1) {
				evaluation.run(prepared.base(), true);
				agree("the base between the variants", evaluation, Calculator.calculate(c));
			}
		}
		evaluation.run(prepared.base(), true);
		agree("the base after the variants", evaluation, Calculator.calculate(c));
	}

	/**
	 * After a variant, the core check sees every source's V_k as the case edited by hand gives them, also those
	 * of the lines that only a group's figures change (summed per scale during the run, per line when asked).
	 */
	@Property(tries = 200)
	void theCoreCheckAfterAVariantEqualsTheCaseEditedByHand(@ForAll("series") Series s) {
		PreparedCase prepared = PreparedCase.of(s.c());
		Evaluation evaluation = prepared.evaluation();
		for (int v = 0; v < s.variants().size(); v++) {
			SettlementMethod m = s.methods().get(v);
			Case byHand = s.edited().get(v);
			evaluation.run(prepared.variant(s.variants().get(v)).withMethod(m), true);
			CalculationResult full = Calculator.calculate(byHand.withSettlement(byHand.settlement().withMethod(m)));
			CoreCheck expected = full.settlement().core();
			CoreCheck actual = evaluation.coreCheck();
			String what = s.variants().get(v) + " with " + m;
			Close.assertClose(what + ": shortfall", actual.shortfall(), expected.shortfall());
			if (!Close.close(expected.shortfall(), 0)) {
				org.assertj.core.api.Assertions.assertThat(actual.stable()).as(what).isEqualTo(expected.stable());
			}
		}
	}
}
