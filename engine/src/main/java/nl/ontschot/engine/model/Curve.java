package nl.ontschot.engine.model;

/** How the effect grows during the implementation period. */
public enum Curve {
	LINEAR, STEP
}
