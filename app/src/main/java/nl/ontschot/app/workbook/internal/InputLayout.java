package nl.ontschot.app.workbook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.FieldKind;
import nl.ontschot.engine.schema.SchemaField;

/**
 * The layout of the input sheets, which the template, the export and the import share (ADR 19): a sheet for
 * the case's settings (a row per field), one per list of the case (a row per line, a column per field) and one
 * for the realised figures (a row per figure per year). Row 1 of each is hidden and names the field of each
 * column, so that reading never depends on a label, a language or the order of the columns; row 2 is the
 * header the reader sees.
 */
final class InputLayout {

	/** The hidden row with the fields, and the header below it; data starts below the header. */
	static final int KEY_ROW = 0;
	static final int HEADER_ROW = 1;
	static final int FIRST_DATA_ROW = 2;

	/** The keys of the settings sheet's columns: the label, the value, and (hidden) the field. */
	static final String SETTING_LABEL = "setting.label";
	static final String SETTING_VALUE = "setting.value";
	static final String SETTING_FIELD = "setting.field";
	static final List<String> SETTING_KEYS = List.of(SETTING_LABEL, SETTING_VALUE, SETTING_FIELD);

	/** The keys of the realised figures' columns. */
	static final String ACTUAL_YEAR = "actuals[].year";
	static final String ACTUAL_KIND = "actuals[].kind";
	static final String ACTUAL_ID = "actuals[].id";
	static final String ACTUAL_FIELD = "actuals[].field";
	static final String ACTUAL_VALUE = "actuals[].value";
	static final List<String> ACTUAL_COLUMNS = List.of(ACTUAL_YEAR, ACTUAL_KIND, ACTUAL_ID, ACTUAL_FIELD, ACTUAL_VALUE);

	/** The case's settings, in the order of the pages. */
	static final List<String> SETTINGS = List.of("schemaVersion", "name", "description", "startYear", "horizonYears",
			"discountRate", "hoursPerFte", "implementation.years", "implementation.curve", "includedCategories",
			"settlement.method", "settlement.key", "settlement.basis", "settlement.perYear",
			"settlement.includeCapacity");

	private InputLayout() {
	}

	/** One column of a list sheet: its key (the schema's pattern), the field inside a line, and its kind. */
	record Column(String key, String field, CellKind kind, SchemaField schema) {

		/** The message key of its header. */
		String label() {
			return kind == CellKind.WEIGHTS ? "workbook.column.weights" : schema.label();
		}

		List<String> choices() {
			return schema.choices();
		}
	}

	/** The lists of the case that have a sheet, in the order of the pages. */
	enum ListSheet {
		PARTIES("parties"), PARAMETERS("parameters"), TARGET_GROUPS("targetGroups"), ACTIVITIES("activities"),
		ITEMS("items"), KEYS("allocationKeys");

		final String list;
		private final List<Column> columns;

		ListSheet(String list) {
			this.list = list;
			this.columns = columnsOf(list);
		}

		List<Column> columns() {
			return columns;
		}

		String nameKey() {
			return "workbook.sheet." + list;
		}

		/** A list sheet by the key of one of its columns ({@code activities[].id}). */
		static Optional<ListSheet> byKey(String key) {
			for (ListSheet s : values()) {
				if (key.startsWith(s.list + "[].")) {
					return Optional.of(s);
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * Every field of a line of the list that a cell can hold: its plain fields, the fields of its current and
	 * future situation, an activity's financier (one party or parties with shares) and a key's weights.
	 */
	private static List<Column> columnsOf(String list) {
		String prefix = list + "[].";
		List<Column> columns = new ArrayList<>();
		for (SchemaField f : CaseSchema.fields()) {
			if (!f.path().startsWith(prefix)) {
				continue;
			}
			String field = f.path().substring(prefix.length());
			if (field.equals("weights.*")) {
				columns.add(new Column(prefix + "weights", "weights", CellKind.WEIGHTS, f));
			} else if (field.equals("financier")) {
				columns.add(new Column(f.path(), field, CellKind.FINANCIER, f));
			} else if (!field.contains("[]") && !field.contains("*") && f.kind() != FieldKind.STRUCTURE
					&& f.kind() != FieldKind.SHARES) {
				columns.add(new Column(f.path(), field, CellKind.of(f), f));
			}
		}
		return List.copyOf(columns);
	}

	/** The realised figures a year can give per kind of line (calculation.md 6.7). */
	enum ActualKind {
		PARAMETERS("parameters", List.of("value")), TARGET_GROUPS("targetGroups",
				List.of("population", "reachRate", "successRate")), ACTIVITIES("activities",
						List.of("volume", "tariff", "unitCost")), ITEMS("items", List.of("amount")), NOTE("note",
								List.of());

		final String list;
		final List<String> fields;

		ActualKind(String list, List<String> fields) {
			this.list = list;
			this.fields = fields;
		}

		String labelKey() {
			return "workbook.actual." + list;
		}

		/** The schema's field of a realised figure, for its kind and range. */
		SchemaField schema(String field) {
			return CaseSchema.field(this == PARAMETERS ? "actuals[].parameters.*" : "actuals[]." + list + ".*." + field);
		}

		/** What a cell of this figure holds: a percentage, euros or a number. */
		CellKind cellKind(String field) {
			FieldKind kind = schema(field).kind();
			return kind == FieldKind.PERCENT ? CellKind.PERCENT : kind == FieldKind.MONEY ? CellKind.MONEY
					: CellKind.NUMBER;
		}
	}
}
