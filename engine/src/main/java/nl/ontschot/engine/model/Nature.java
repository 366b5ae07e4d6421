package nl.ontschot.engine.model;

/** Whether an item is money, released time valued in money, or social value that is not money. */
public enum Nature {
	CASH, CAPACITY, SOCIETAL
}
