package nl.ontschot.app.instrument.internal;

import java.util.List;

/**
 * One editable field as a page shows it: where it points in the case, what it shows, the value it was
 * read with (JSON, to detect someone else's change), a short explanation where the label alone is not
 * enough, what its formula evaluates to, and its error or confirmation.
 */
public record FieldView(String id, String path, FieldKind kind, String label, String value, List<String> selected,
		String original, List<Option> options, String suffix, String placeholder, String help, String evaluated,
		String error, boolean saved, boolean conflict) {

	/** This field, marked as a conflict with someone else's value (which its error sentence names). */
	public FieldView withConflict() {
		return new FieldView(id, path, kind, label, value, selected, original, options, suffix, placeholder, help,
				evaluated, error, saved, true);
	}

	/** A choice: the stored constant and what a person reads. */
	public record Option(String value, String label) {
	}

	/** The same field as a cell of a table, labelled for screen readers with the line it belongs to. */
	FieldView inCell(String place) {
		return new FieldView(id, path, kind, place, value, selected, original, options, suffix, placeholder, help,
				evaluated, error, saved, conflict);
	}

	public boolean hasError() {
		return !error.isEmpty();
	}

	public boolean isText() {
		return kind == FieldKind.TEXT;
	}

	public boolean isNumeric() {
		return kind == FieldKind.NUMBER || kind == FieldKind.PERCENT || kind == FieldKind.INTEGER
				|| kind == FieldKind.YEAR;
	}

	public boolean hasEvaluated() {
		return !evaluated.isEmpty();
	}

	public boolean hasHelp() {
		return !help.isEmpty();
	}

	public boolean isChoice() {
		return kind == FieldKind.CHOICE;
	}

	public boolean isChoices() {
		return kind == FieldKind.CHOICES || kind == FieldKind.SHARES;
	}

	public boolean isBool() {
		return kind == FieldKind.BOOL;
	}
}
