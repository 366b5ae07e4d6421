package nl.ontschot.engine.model;

/** How an allocation key (verdeelsleutel) divides a shared item; BY_EXPENSE is schema version 2 (6.4). */
public enum KeyMethod {
	EQUAL, WEIGHTS, BY_BENEFIT, BY_EXPENSE
}
