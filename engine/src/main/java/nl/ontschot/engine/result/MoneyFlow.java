package nl.ontschot.engine.result;

/**
 * What one financier pays one provider for an activity in a full year after implementation (the steady year
 * of the plan, as steadyState), now and in the future situation.
 */
public record MoneyFlow(String from, String to, double current, double future) {
}
