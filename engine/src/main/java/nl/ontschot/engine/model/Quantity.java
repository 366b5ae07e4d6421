package nl.ontschot.engine.model;

import nl.ontschot.engine.formula.Formula;

/**
 * A numeric field of a case: a number, or (schema version 2, calculation.md 6.1) a formula over key figures,
 * {@code t} and {@code year} that can give the field another value in every year.
 */
public sealed interface Quantity {

	/** A plain number, the same in every year. */
	record Fixed(double value) implements Quantity {
	}

	/** A formula, evaluated once per year. */
	record Computed(Formula formula) implements Quantity {
	}

	static Quantity of(double value) {
		return new Fixed(value);
	}

	/** The text a case document holds for this field: a number or {@code =formula}. */
	default Object written() {
		return this instanceof Computed c ? c.formula().text() : ((Fixed) this).value();
	}
}
