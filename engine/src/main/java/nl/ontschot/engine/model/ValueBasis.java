package nl.ontschot.engine.model;

/** Whether a settlement weighs the years by discounting (present value) or sums them plainly. */
public enum ValueBasis {
	PV, NOMINAL
}
