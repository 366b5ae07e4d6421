package nl.ontschot.engine.schema;

/** What a field of the case holds, as a page shows and edits it. */
public enum FieldKind {
	/** Free text. */
	TEXT,
	/** An id of the case's own lists. */
	ID,
	/** A whole number (years, counts). */
	INTEGER,
	/** A year index 0..horizonYears-1 (shown as a calendar year). */
	YEAR_INDEX,
	/** A number (volumes, populations, weights). */
	NUMBER,
	/** Euros. */
	MONEY,
	/** A fraction 0..1, entered and shown as a percentage. */
	PERCENT,
	/** true or false. */
	BOOLEAN,
	/** One constant of a closed set. */
	CHOICE,
	/** A list of constants of a closed set. */
	CHOICES,
	/** The id of a party, target group, key, activity or item of the case. */
	REFERENCE,
	/** A list of such ids. */
	REFERENCES,
	/** A list of parties with a share each. */
	SHARES,
	/** An object or a list of objects. */
	STRUCTURE
}
