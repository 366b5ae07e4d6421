package nl.ontschot.app.workbook.internal;

import nl.ontschot.engine.schema.SchemaField;

/** What a cell of an input sheet holds, and so how it is written and read. */
enum CellKind {
	/** Free text, an id or the id of another line. */
	TEXT,
	/** A whole number. */
	INTEGER,
	/** A year index of the case, shown as its calendar year. */
	YEAR,
	/** A number or a formula (as text, {@code =rate * 2}). */
	NUMBER,
	/** Euros, or a formula. */
	MONEY,
	/** A fraction shown as a percentage, or a formula. */
	PERCENT,
	/** Yes or no. */
	BOOLEAN,
	/** One constant of a closed set, in words. */
	CHOICE,
	/** Constants of a closed set in words, separated by commas. */
	CHOICES,
	/** Ids of lines, separated by commas. */
	REFERENCES,
	/** An activity's financier: one party's id, or per line a party's id and its share ({@code zvw: 0,6}). */
	FINANCIER,
	/** An allocation key's weights: per line a party's id and its weight. */
	WEIGHTS;

	static CellKind of(SchemaField field) {
		return switch (field.kind()) {
			case INTEGER -> INTEGER;
			case YEAR_INDEX -> YEAR;
			case NUMBER -> NUMBER;
			case MONEY -> MONEY;
			case PERCENT -> PERCENT;
			case BOOLEAN -> BOOLEAN;
			case CHOICE -> CHOICE;
			case CHOICES -> CHOICES;
			case REFERENCES -> REFERENCES;
			default -> TEXT;
		};
	}
}
