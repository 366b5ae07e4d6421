package nl.ontschot.app.cases;

import java.util.List;

/**
 * One editable field as a page shows it: where it points in the case, what it shows, the value it was
 * read with (JSON, to detect someone else's change), and its error or confirmation.
 */
record FieldView(String id, String path, FieldKind kind, String label, String value, List<String> selected,
		String original, List<Option> options, String suffix, String placeholder, String error, boolean saved,
		boolean conflict) {

	FieldView(String id, String path, FieldKind kind, String label, String value, List<String> selected,
			String original, List<Option> options, String suffix, String placeholder, String error, boolean saved) {
		this(id, path, kind, label, value, selected, original, options, suffix, placeholder, error, saved, false);
	}

	/** This field, marked as a conflict with someone else's value (which its error sentence names). */
	FieldView withConflict() {
		return new FieldView(id, path, kind, label, value, selected, original, options, suffix, placeholder, error,
				saved, true);
	}

	/** A choice: the stored constant and what a person reads. */
	record Option(String value, String label) {
	}

	public boolean hasError() {
		return !error.isEmpty();
	}

	public boolean isText() {
		return kind == FieldKind.TEXT;
	}

	public boolean isNumeric() {
		return kind == FieldKind.NUMBER || kind == FieldKind.PERCENT || kind == FieldKind.INTEGER;
	}

	public boolean isChoice() {
		return kind == FieldKind.CHOICE;
	}

	public boolean isChoices() {
		return kind == FieldKind.CHOICES;
	}

	public boolean isBool() {
		return kind == FieldKind.BOOL;
	}
}
