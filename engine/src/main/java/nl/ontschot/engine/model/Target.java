package nl.ontschot.engine.model;

/**
 * A numeric field named by a scenario or an uncertainty input (calculation.md 6.6): which list it is in (or
 * the case itself), the index of its line there, and the field ({@code future.volume}, {@code sharingRate}).
 */
public record Target(Kind kind, int index, String field) {

	public enum Kind {
		CASE, PARAMETER, TARGET_GROUP, ACTIVITY, ITEM, ARRANGEMENT
	}
}
