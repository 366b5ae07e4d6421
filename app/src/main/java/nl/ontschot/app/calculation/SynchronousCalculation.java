package nl.ontschot.app.calculation;

import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.CalculationResult;

/**
 * A calculation answered within the request: its Monte Carlo run (calculation.md 6.8) is capped, so that
 * one request holds a processor for seconds, not minutes (ADR 0009). Larger runs are a job of their own.
 */
public final class SynchronousCalculation {

	/** The most iterations a synchronous calculation runs: the 25-party case takes a few seconds for them. */
	public static final int MAX_ITERATIONS = 20_000;

	private SynchronousCalculation() {
	}

	/** The full result, or 400 when the case asks for more iterations than {@link #MAX_ITERATIONS}. */
	public static CalculationResult calculate(Case c) {
		if (c.uncertainty().given() && c.uncertainty().iterations() > MAX_ITERATIONS) {
			throw new StatusException(400, "calculation.tooManyIterations", c.uncertainty().iterations(),
					MAX_ITERATIONS);
		}
		return Calculator.calculate(c);
	}
}
