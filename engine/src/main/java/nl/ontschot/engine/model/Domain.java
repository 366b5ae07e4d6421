package nl.ontschot.engine.model;

/** A legal financing domain (or other source of money). */
public enum Domain {
	ZVW, WLZ, WMO, JEUGDWET, PARTICIPATIEWET, WPG, OWN_FUNDS, SUBSIDY, OTHER
}
