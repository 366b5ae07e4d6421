package nl.ontschot.engine.calculation;

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

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;

/**
 * A case prepared once and evaluated many times gives the figures of the full calculation, for every settlement
 * method, also when its buffers were used for other variants before.
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
}
