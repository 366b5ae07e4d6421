package nl.ontschot.engine.calculation;

import static nl.ontschot.engine.calculation.RandomCases.formula;
import static nl.ontschot.engine.calculation.RandomCases.q;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.Quantity;

/** Every numeric field may be a formula (calculation.md 6.1); one that equals a number is that number. */
class FormulaFieldProperties {

	/** A case, and the same case with one numeric field written as a formula of the same value. */
	record Pair(Case plain, Case written, String field, String text) {
	}

	@Provide
	Arbitrary<Pair> pairs() {
		return Arbitraries.randomValue(FormulaFieldProperties::pair);
	}

	static Pair pair(Random r) {
		Case c = r.nextBoolean() ? RandomCases.generateV2(r) : RandomCases.generate(r);
		if (r.nextInt(4) == 0) {
			c = RandomCases.withActuals(r, c);
		}
		RandomCases.Edit e = RandomCases.edit(c);
		e.schemaVersion = 2;
		Case plain = e.done();
		List<CaseFields.Field> numbers = CaseFields.all(plain).stream()
				.filter(f -> f.value() instanceof Quantity.Fixed).toList();
		CaseFields.Field field = numbers.get(r.nextInt(numbers.size()));
		double value = ((Quantity.Fixed) field.value()).value();
		String literal = BigDecimal.valueOf(value).toPlainString();
		String text = switch (r.nextInt(4)) {
			case 0 -> "=" + literal;
			case 1 -> "=(" + literal + ")";
			case 2 -> "=same";
			default -> "=max(same, " + literal + ") + 0 * t";
		};
		Case written = field.with(plain, formula(text));
		if (text.contains("same")) {
			RandomCases.Edit w = RandomCases.edit(written);
			w.parameters.add(new Parameter("same", "", r.nextBoolean() ? q(value) : formula("=" + literal), "", ""));
			written = w.done();
		}
		return new Pair(plain, written, field.target() == null ? "(no target) " + field.value() : field.target(),
				text);
	}

	@Property(tries = 400)
	void aFormulaEqualToANumberGivesTheSameResultAsThatNumber(@ForAll("pairs") Pair pair) {
		Close.assertSameTree(ResultJson.tree(Calculator.calculate(pair.written())),
				ResultJson.tree(Calculator.calculate(pair.plain())), Set.of("parameters"));
	}
}
