package nl.ontschot.engine.model;

/** The fair-division methods of calculation.md section 3. */
public enum SettlementMethod {
	NONE, BREAK_EVEN, KEY_SHARE, SHAPLEY
}
