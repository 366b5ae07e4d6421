package nl.ontschot.engine.model;

/**
 * What an arrangement's price or amount is counted per (calculation.md 6.5): PARTICIPANT is P(t) of the
 * group, SUCCESS is S(t) × f(t), YEAR is 1.
 */
public enum Count {
	PARTICIPANT, SUCCESS, YEAR
}
