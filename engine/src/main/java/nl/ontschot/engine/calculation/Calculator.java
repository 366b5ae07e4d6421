package nl.ontschot.engine.calculation;

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.CalculationResult;

/** The engine's calculation: a valid case in, its result (calculation.md sections 4 and 6.9) out. */
public final class Calculator {

	private Calculator() {
	}

	/** Prepare, evaluate, assemble; throws with every problem when a formula leaves its field's range. */
	public static CalculationResult calculate(Case c) {
		return PreparedCase.of(c).calculate();
	}
}
