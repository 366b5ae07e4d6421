package nl.ontschot.engine.model;

/** Kostenpost or batenpost. */
public enum ItemType {
	COST, BENEFIT
}
