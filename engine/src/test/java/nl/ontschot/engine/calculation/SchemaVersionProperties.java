package nl.ontschot.engine.calculation;

import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;

/** calculation.md 6: "A v1 case that is given schemaVersion: 2 and nothing else gives the same figures as before". */
class SchemaVersionProperties {

	/** The result fields that only a version 2 result has (6.9). */
	private static final Set<String> ONLY_V2 = Set.of("schemaVersion", "parameters", "domains", "paybackYear",
			"arrangements", "arrangementComparison");

	@Provide
	Arbitrary<Case> v1Cases() {
		return Arbitraries.randomValue(RandomCases::generate).filter(c -> c.schemaVersion() == 1);
	}

	@Property(tries = 300)
	void aVersionOneCaseGivenSchemaVersionTwoGivesTheSameFigures(@ForAll("v1Cases") Case c) {
		RandomCases.Edit e = RandomCases.edit(c);
		e.schemaVersion = 2;
		Close.assertSameTree(ResultJson.tree(Calculator.calculate(e.done())), ResultJson.tree(Calculator.calculate(c)),
				ONLY_V2);
	}
}
