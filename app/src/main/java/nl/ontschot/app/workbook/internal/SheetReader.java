package nl.ontschot.app.workbook.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import nl.ontschot.app.workbook.internal.InputLayout.ActualKind;
import nl.ontschot.app.workbook.internal.InputLayout.Column;
import nl.ontschot.app.workbook.internal.InputLayout.ListSheet;
import nl.ontschot.engine.schema.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the input sheets of a workbook to a case document: the settings field by field, each list sheet as
 * the whole list (a line keeps what the sheet cannot hold from the line with the same id), the realised
 * figures year by year. What a sheet leaves empty (a setting, a whole list, a year) stays as the case has it. Remembers where each value came from, so that a problem the engine finds
 * at a path is reported at its cell, and collects the cells that cannot be read.
 */
public final class SheetReader {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ObjectNode document;
	private final Texts texts;
	/** Where each path of the document came from: a cell, a row or a sheet. */
	private final Map<String, Place> places = new HashMap<>();
	private final Map<Place, String> problems = new LinkedHashMap<>();

	SheetReader(ObjectNode document, Texts texts) {
		this.document = document;
		this.texts = texts;
	}

	ObjectNode document() {
		return document;
	}

	Map<String, Place> places() {
		return places;
	}

	/** The cells that could not be read, each with its sentence. */
	Map<Place, String> problems() {
		return problems;
	}

	/** The field of each column, from the hidden first row. */
	public static List<String> keys(Sheet sheet) {
		List<String> keys = new ArrayList<>();
		Row row = sheet.getRow(InputLayout.KEY_ROW);
		if (row == null) {
			return keys;
		}
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			keys.add(cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "");
		}
		return keys;
	}

	/**
	 * The last row read: a sheet longer than a case can be is read only as far as a case can go, so that its
	 * problems are found with the refusal of its length (WorkbookImport) at a bounded cost.
	 */
	private static int lastRow(Sheet sheet) {
		return Math.min(sheet.getLastRowNum(), WorkbookImport.MAX_ROWS - 1);
	}

	private Optional<JsonNode> read(CellReader reader, Sheet sheet, Row row, int column, CellKind kind,
			List<String> choices) {
		try {
			return reader.read(row.getCell(column), kind, choices);
		} catch (CellProblem p) {
			problems.put(new Place(sheet.getSheetName(), row.getRowNum(), column), p.sentence(texts));
			return Optional.empty();
		}
	}

	void settings(Sheet sheet) {
		List<String> keys = keys(sheet);
		int value = keys.indexOf(InputLayout.SETTING_VALUE);
		int field = keys.indexOf(InputLayout.SETTING_FIELD);
		if (value < 0 || field < 0) {
			keyRowDamaged(sheet);
			return;
		}
		unkeyedColumns(sheet, keys, InputLayout.SETTING_KEYS);
		CellReader reader = new CellReader(texts, 0);
		for (int r = InputLayout.FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
			Row row = sheet.getRow(r);
			String name = row == null ? "" : text(row.getCell(field));
			if (!InputLayout.SETTINGS.contains(name)) {
				continue;
			}
			places.put(name, new Place(sheet.getSheetName(), r, value));
			// an empty cell leaves the field as the case has it: a template filled in for one part only changes
			// nothing else
			read(reader, sheet, row, value, CellKind.of(CaseSchema.field(name)), CaseSchema.field(name).choices())
					.ifPresent(v -> put(document, name, Optional.of(v)));
		}
	}

	private static String text(Cell cell) {
		return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
	}

	/** Sets (or, for an empty cell, removes) a field at a dotted path inside an object. */
	private static void put(ObjectNode object, String path, Optional<JsonNode> value) {
		String[] parts = path.split("\\.");
		ObjectNode parent = object;
		for (int i = 0; i < parts.length - 1; i++) {
			JsonNode child = parent.path(parts[i]);
			if (!child.isObject()) {
				if (value.isEmpty()) {
					return;
				}
				child = parent.putObject(parts[i]);
			}
			parent = (ObjectNode) child;
		}
		if (value.isPresent()) {
			JsonNode before = parent.get(parts[parts.length - 1]);
			// a value the cell gives unchanged stays as the document wrote it (150 stays 150, not 150.0), so that
			// the audit trail and the write rules see only what the workbook changed
			if (before == null || !same(before, value.get())) {
				parent.set(parts[parts.length - 1], value.get());
			}
		} else {
			parent.remove(parts[parts.length - 1]);
		}
	}

	/** Whether two values mean the same: numbers by their value, lists and objects field by field. */
	static boolean same(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.asDouble() == b.asDouble();
		}
		if (a.isArray() && b.isArray() || a.isObject() && b.isObject()) {
			if (a.size() != b.size()) {
				return false;
			}
			if (a.isArray()) {
				for (int i = 0; i < a.size(); i++) {
					if (!same(a.get(i), b.get(i))) {
						return false;
					}
				}
				return true;
			}
			for (Map.Entry<String, JsonNode> field : a.properties()) {
				if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

	void list(ListSheet list, Sheet sheet) {
		List<String> keys = keys(sheet);
		CellReader reader = new CellReader(texts, document.path("startYear").asInt(0));
		Map<String, JsonNode> before = new HashMap<>();
		document.path(list.list).forEach(line -> before.putIfAbsent(line.path("id").asString(""), line));
		unkeyedColumns(sheet, keys, list.columns().stream().map(Column::key).toList());
		int idColumn = keys.indexOf(list.list + "[].id");
		ArrayNode lines = NODES.arrayNode();
		places.put(list.list, Place.of(sheet.getSheetName()));
		for (int r = InputLayout.FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
			Row row = sheet.getRow(r);
			if (blank(row, keys.size())) {
				continue;
			}
			String id = idColumn < 0 ? "" : read(reader, sheet, row, idColumn, CellKind.TEXT, List.of())
					.map(JsonNode::asString).orElse("");
			ObjectNode line = before.containsKey(id) ? (ObjectNode) before.get(id).deepCopy() : NODES.objectNode();
			String path = list.list + "[" + lines.size() + "]";
			places.put(path, new Place(sheet.getSheetName(), r, -1));
			for (Column column : list.columns()) {
				int c = keys.indexOf(column.key());
				if (c < 0) {
					continue;
				}
				places.put(path + "." + column.field(), new Place(sheet.getSheetName(), r, c));
				put(line, column.field(), read(reader, sheet, row, c, column.kind(), column.choices()));
			}
			// a future situation left empty is the current one (calculation.md 2)
			if (line.path("future").isObject() && line.path("future").isEmpty()) {
				line.remove("future");
			}
			lines.add(line);
		}
		// a sheet without lines leaves the list as the case has it (a template filled in for one part only)
		if (!lines.isEmpty()) {
			document.set(list.list, lines);
		}
	}

	/**
	 * A column that holds data under a key that is not one of the sheet's fields (row 1 overwritten or cleared
	 * there, or a column copied with its key) is named, not skipped: skipped, the edits in it would be lost
	 * without a word (ADR 19).
	 */
	private void unkeyedColumns(Sheet sheet, List<String> keys, List<String> known) {
		for (int r = InputLayout.FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				int c = cell.getColumnIndex();
				String key = c < keys.size() ? keys.get(c) : "";
				if (!blank(cell) && !(known.contains(key) && keys.indexOf(key) == c)) {
					problems.putIfAbsent(new Place(sheet.getSheetName(), InputLayout.KEY_ROW, c),
							texts.get("workbook.problem.unkeyedColumn"));
				}
			}
		}
	}

	/** A sheet of Ontschot whose hidden row 1 lacks what it needs to be read at all (WorkbookImport). */
	void keyRowDamaged(Sheet sheet) {
		if (hasData(sheet)) {
			problems.put(new Place(sheet.getSheetName(), InputLayout.KEY_ROW, -1),
					texts.get("workbook.problem.keyRowDamaged"));
		}
	}

	private static boolean hasData(Sheet sheet) {
		for (int r = InputLayout.FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
			Row row = sheet.getRow(r);
			if (row != null && !blank(row, row.getLastCellNum())) {
				return true;
			}
		}
		return false;
	}

	private static boolean blank(Cell cell) {
		return cell.getCellType() == CellType.BLANK
				|| cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
	}

	private static boolean blank(Row row, int columns) {
		if (row == null) {
			return true;
		}
		for (int c = 0; c < columns; c++) {
			Cell cell = row.getCell(c);
			if (cell != null && !blank(cell)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The realisation: per year the figures of its rows. A year the sheet names is replaced whole, in its place
	 * among the case's years; a new year comes after them.
	 */
	void actuals(Sheet sheet) {
		List<String> keys = keys(sheet);
		int[] c = InputLayout.ACTUAL_COLUMNS.stream().mapToInt(keys::indexOf).toArray();
		if (java.util.Arrays.stream(c).anyMatch(i -> i < 0)) {
			keyRowDamaged(sheet);
			return;
		}
		unkeyedColumns(sheet, keys, InputLayout.ACTUAL_COLUMNS);
		CellReader reader = new CellReader(texts, 0);
		Map<Long, Year> years = new LinkedHashMap<>();
		places.put("actuals", Place.of(sheet.getSheetName()));
		for (int r = InputLayout.FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
			Row row = sheet.getRow(r);
			if (blank(row, keys.size())) {
				continue;
			}
			Optional<JsonNode> year = read(reader, sheet, row, c[0], CellKind.INTEGER, List.of());
			if (year.isEmpty()) {
				problems.putIfAbsent(new Place(sheet.getSheetName(), r, c[0]), texts.get("workbook.problem.noYear"));
				continue;
			}
			long y = year.get().asLong();
			int rowIndex = r;
			Year actual = years.computeIfAbsent(y, key -> {
				Year created = new Year(NODES.objectNode().put("year", key), new HashMap<>());
				created.places().put("", new Place(sheet.getSheetName(), rowIndex, c[0]));
				return created;
			});
			figure(reader, sheet, row, c, actual);
		}
		// the years the sheet names replace those of the case; other years stay as they are
		ArrayNode all = NODES.arrayNode();
		List<Map<String, Place>> placesPerYear = new ArrayList<>();
		for (JsonNode kept : document.path("actuals")) {
			Optional<Year> replaced = Optional.ofNullable(years.remove(kept.path("year").asLong()));
			all.add(replaced.map(y -> unchangedAsBefore(kept, y.actual())).orElse(kept));
			placesPerYear.add(replaced.map(Year::places).orElse(Map.of()));
		}
		for (Year added : years.values()) {
			all.add(added.actual());
			placesPerYear.add(added.places());
		}
		for (int i = 0; i < placesPerYear.size(); i++) {
			String path = "actuals[" + i + "]";
			placesPerYear.get(i).forEach((relative, place) -> places.put(path + relative, place));
		}
		if (!all.isEmpty()) {
			document.set("actuals", all);
		}
	}

	/** A year of the realisation as the sheet gives it, and where each of its paths (relative to it) came from. */
	private record Year(ObjectNode actual, Map<String, Place> places) {
	}

	/**
	 * The new value, with every part that means the same as before kept as it was written before, so that
	 * only real changes reach the audit trail and the write rules.
	 */
	static JsonNode unchangedAsBefore(JsonNode before, JsonNode after) {
		if (same(before, after)) {
			return before;
		}
		if (before.isObject() && after.isObject()) {
			ObjectNode merged = NODES.objectNode();
			after.properties().forEach(e -> merged.set(e.getKey(), before.has(e.getKey())
					? unchangedAsBefore(before.get(e.getKey()), e.getValue()) : e.getValue()));
			return merged;
		}
		return after;
	}

	/** One row of the realisation: a figure of a line of one kind in its year. */
	private void figure(CellReader reader, Sheet sheet, Row row, int[] c, Year year) {
		ObjectNode actual = year.actual();
		String kindText = read(reader, sheet, row, c[1], CellKind.TEXT, List.of()).map(JsonNode::asString).orElse("");
		if (kindText.isEmpty()) {
			return;
		}
		Optional<ActualKind> kind = actualKind(kindText);
		if (kind.isEmpty()) {
			problems.put(new Place(sheet.getSheetName(), row.getRowNum(), c[1]), texts.get("workbook.problem.notAKind",
					kindText, String.join(", ", java.util.Arrays.stream(ActualKind.values())
							.map(k -> texts.get(k.labelKey())).toList())));
			return;
		}
		if (kind.get() == ActualKind.NOTE) {
			read(reader, sheet, row, c[4], CellKind.TEXT, List.of()).ifPresent(note -> actual.set("note", note));
			year.places().put(".note", new Place(sheet.getSheetName(), row.getRowNum(), c[4]));
			return;
		}
		String id = read(reader, sheet, row, c[2], CellKind.TEXT, List.of()).map(JsonNode::asString).orElse("");
		String fieldText = read(reader, sheet, row, c[3], CellKind.TEXT, List.of()).map(JsonNode::asString)
				.orElse(kind.get() == ActualKind.PARAMETERS ? "value" : "");
		Optional<String> field = kind.get().fields.stream().filter(f -> f.equalsIgnoreCase(fieldText)
				|| fieldText.equalsIgnoreCase(texts.get("workbook.actual.field." + f))
				|| fieldText.equalsIgnoreCase(texts.other().get("workbook.actual.field." + f))).findFirst();
		if (field.isEmpty()) {
			problems.put(new Place(sheet.getSheetName(), row.getRowNum(), c[3]), texts.get("workbook.problem.notAFigure",
					fieldText, texts.get(kind.get().labelKey()), String.join(", ", kind.get().fields.stream()
							.map(f -> texts.get("workbook.actual.field." + f)).toList())));
			return;
		}
		Optional<JsonNode> value = read(reader, sheet, row, c[4], kind.get().cellKind(field.get()), List.of());
		ObjectNode lines = actual.path(kind.get().list).isObject() ? (ObjectNode) actual.path(kind.get().list)
				: actual.putObject(kind.get().list);
		String at = "." + kind.get().list + "." + id;
		if (kind.get() == ActualKind.PARAMETERS) {
			value.ifPresent(v -> lines.set(id, v));
			year.places().put(at, new Place(sheet.getSheetName(), row.getRowNum(), c[4]));
			return;
		}
		ObjectNode line = lines.path(id).isObject() ? (ObjectNode) lines.path(id) : lines.putObject(id);
		value.ifPresent(v -> line.set(field.get(), v));
		year.places().putIfAbsent(at, new Place(sheet.getSheetName(), row.getRowNum(), c[2]));
		year.places().put(at + "." + field.get(), new Place(sheet.getSheetName(), row.getRowNum(), c[4]));
	}

	private Optional<ActualKind> actualKind(String text) {
		for (ActualKind kind : ActualKind.values()) {
			if (text.equalsIgnoreCase(texts.get(kind.labelKey())) || text.equalsIgnoreCase(texts.other().get(kind
					.labelKey())) || text.equalsIgnoreCase(kind.list)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
