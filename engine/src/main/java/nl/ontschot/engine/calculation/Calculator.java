package nl.ontschot.engine.calculation;

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.CalculationResult;

/** The engine's calculation: a valid case in, its result (calculation.md section 4) out. */
public final class Calculator {

	private Calculator() {
	}

	public static CalculationResult calculate(Case c) {
		return new Calculation(c).run();
	}
}
