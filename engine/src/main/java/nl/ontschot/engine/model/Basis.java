package nl.ontschot.engine.model;

/** What an activity's volume or an item's amount is counted per. */
public enum Basis {
	TOTAL, PER_PARTICIPANT, PER_SUCCESS
}
