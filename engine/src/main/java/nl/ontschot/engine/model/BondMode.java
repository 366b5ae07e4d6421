package nl.ontschot.engine.model;

/** How an impact bond repays its investor. */
public enum BondMode {
	PRINCIPAL_PLUS_RETURN, PER_OUTCOME
}
