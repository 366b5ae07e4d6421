package nl.ontschot.engine.model;

/** Incidenteel (once, in one year) or structureel (every year of a range). */
public enum Recurrence {
	INCIDENTAL, STRUCTURAL
}
