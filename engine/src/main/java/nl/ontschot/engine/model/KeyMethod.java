package nl.ontschot.engine.model;

/** How an allocation key (verdeelsleutel) divides a shared item. */
public enum KeyMethod {
	EQUAL, WEIGHTS, BY_BENEFIT
}
