package nl.ontschot.engine.model;

/** When an outcome is paid (calculation.md 6.5): a key figure or a group's success rate at least a threshold. */
public sealed interface Condition {

	/** {@code {parameter, atLeast}}: the key figure's value in the year concerned. */
	record ParameterAtLeast(String parameter, Quantity atLeast) implements Condition {
	}

	/** {@code {group, successRateAtLeast}}: that group's successRate in the year concerned. */
	record SuccessRateAtLeast(String group, Quantity atLeast) implements Condition {
	}
}
