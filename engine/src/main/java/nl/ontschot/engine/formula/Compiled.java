package nl.ontschot.engine.formula;

/** A formula bound to slots: evaluates fast, many times, without allocating. */
public interface Compiled {

	/**
	 * The formula's value in one year. {@code values[slot]} holds each name's value in this year; {@code t}
	 * is the year index, {@code year = startYear + t}.
	 *
	 * @throws FormulaException {@code error.formula.divisionByZero}; {@code error.formula.negativePower}
	 *         {0}=base {1}=exponent; {@code error.formula.roundDigits} {0}=digits (not whole);
	 *         {@code error.formula.notFinite} when the result is NaN or infinite. Only the final result is
	 *         checked, and not its size: "The 1e12 bound applies to the field's value, not to intermediate
	 *         results", so the caller checks it.
	 */
	double evaluate(double[] values, int t, int year);
}
