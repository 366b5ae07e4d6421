package nl.ontschot.engine.model;

/** Where the difference between a pooled budget and what it pays goes. */
public enum SurplusTo {
	HOLDER, CONTRIBUTORS
}
