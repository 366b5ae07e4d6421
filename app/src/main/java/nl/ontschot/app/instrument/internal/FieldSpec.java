package nl.ontschot.app.instrument.internal;

import java.util.Optional;
import java.util.Set;

import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.SchemaField;

/**
 * A field of the case as the pages edit it, read from the engine's schema table ({@link CaseSchema}): the
 * input it takes, the message key of its label and of its unit, the constants of a choice and its default.
 * Only fields of the table with an input of their own can be changed through the pages; an id only where it
 * can be renamed (a key figure's, whose formulas are rewritten with it).
 */
public record FieldSpec(SchemaField field, FieldKind kind) {

	/**
	 * Fields that are not typed in as such: the version of the format, the type of an arrangement (its terms
	 * are those of its type: another type is another arrangement), and a scenario's values, which the
	 * scenarios page sets as the fields they change.
	 */
	private static final Set<String> NOT_EDITABLE = Set.of("schemaVersion", "arrangements[].type",
			"scenarios[].set.*");

	public static Optional<FieldSpec> of(String path) {
		return CaseSchema.at(path).filter(f -> !NOT_EDITABLE.contains(f.path()))
				.flatMap(f -> input(f).map(kind -> new FieldSpec(f, kind)));
	}

	private static Optional<FieldKind> input(SchemaField f) {
		return switch (f.kind()) {
			case TEXT -> Optional.of(FieldKind.TEXT);
			case NUMBER, MONEY -> Optional.of(FieldKind.NUMBER);
			case PERCENT -> Optional.of(FieldKind.PERCENT);
			case INTEGER -> Optional.of(FieldKind.INTEGER);
			case YEAR_INDEX -> Optional.of(FieldKind.YEAR);
			case CHOICE, REFERENCE -> Optional.of(FieldKind.CHOICE);
			case CHOICES, REFERENCES -> Optional.of(FieldKind.CHOICES);
			case SHARES -> Optional.of(FieldKind.SHARES);
			case BOOLEAN -> Optional.of(FieldKind.BOOL);
			case ID -> f.path().equals("parameters[].id") ? Optional.of(FieldKind.TEXT) : Optional.empty();
			default -> Optional.empty();
		};
	}

	public String label() {
		return field.label();
	}

	/** The message key of the unit shown after the input: euros and percentages by kind, others by label. */
	public String suffix() {
		return switch (field.kind()) {
			case MONEY -> "unit.euro";
			case PERCENT -> "unit.percent";
			default -> field.label() + ".unit";
		};
	}

	/** Whether the field may hold a formula (calculation.md 6.1). */
	public boolean formula() {
		return field.formula();
	}
}
