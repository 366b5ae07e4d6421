package nl.ontschot.engine.model;

/** The six financing arrangements of calculation.md 6.5. */
public enum ArrangementType {
	SHARED_SAVINGS, FIXED_PAYMENT, OUTCOME_PAYMENT, IMPACT_BOND, REVOLVING_FUND, POOLED_BUDGET
}
