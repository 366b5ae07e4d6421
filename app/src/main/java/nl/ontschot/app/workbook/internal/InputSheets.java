package nl.ontschot.app.workbook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

import nl.ontschot.app.workbook.internal.InputLayout.ActualKind;
import nl.ontschot.app.workbook.internal.InputLayout.Column;
import nl.ontschot.app.workbook.internal.InputLayout.ListSheet;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.SchemaField;
import tools.jackson.databind.JsonNode;

/**
 * The input sheets of a workbook ({@link InputLayout}) filled from a case document: the settings, a sheet per
 * list and the realised figures. The template is the same sheets for an empty case.
 */
public final class InputSheets {

	private final Workbook workbook;
	private final Styles styles;
	private final Texts texts;

	public InputSheets(Workbook workbook, Styles styles, Texts texts) {
		this.workbook = workbook;
		this.styles = styles;
		this.texts = texts;
	}

	public void write(JsonNode document) {
		int startYear = document.path("startYear").asInt(0);
		settings(document, startYear);
		for (ListSheet list : ListSheet.values()) {
			list(list, document.path(list.list), startYear);
		}
		actuals(document.path("actuals"));
	}

	private SheetWriter sheet(String nameKey) {
		return new SheetWriter(workbook.createSheet(texts.get(nameKey)), styles);
	}

	/** The hidden row of keys: what each column holds, for the reader. */
	private static void keys(SheetWriter sheet, List<String> keys) {
		for (int c = 0; c < keys.size(); c++) {
			sheet.cell(InputLayout.KEY_ROW, c).setCellValue(keys.get(c));
		}
		sheet.sheet().getRow(InputLayout.KEY_ROW).setZeroHeight(true);
	}

	private void settings(JsonNode document, int startYear) {
		SheetWriter sheet = sheet("workbook.sheet.case");
		keys(sheet, InputLayout.SETTING_KEYS);
		sheet.header(InputLayout.HEADER_ROW, 0, texts.get("workbook.column.setting"));
		sheet.header(InputLayout.HEADER_ROW, 1, texts.get("workbook.column.value"));
		sheet.header(InputLayout.HEADER_ROW, 2, texts.get("workbook.column.field"));
		CellWriter cells = new CellWriter(sheet, texts, startYear);
		int row = InputLayout.FIRST_DATA_ROW;
		for (String field : InputLayout.SETTINGS) {
			SchemaField schema = CaseSchema.field(field);
			sheet.text(row, 0, texts.get(schema.label()));
			cells.write(row, 1, CellKind.of(schema), document.at("/" + field.replace('.', '/')));
			offer(sheet.sheet(), new CellRangeAddressList(row, row, 1, 1), words(CellKind.of(schema), schema.choices()));
			sheet.cell(row, 2).setCellValue(field);
			row++;
		}
		sheet.table(InputLayout.HEADER_ROW, 2);
		// the field column is for the reader, not for people
		sheet.sheet().setColumnHidden(2, true);
	}

	private void list(ListSheet list, JsonNode lines, int startYear) {
		SheetWriter sheet = sheet(list.nameKey());
		List<Column> columns = list.columns();
		keys(sheet, columns.stream().map(Column::key).toList());
		for (int c = 0; c < columns.size(); c++) {
			sheet.header(InputLayout.HEADER_ROW, c, texts.get(columns.get(c).label()));
			preformat(sheet.sheet(), c, columns.get(c).kind());
			offer(sheet.sheet(), new CellRangeAddressList(InputLayout.FIRST_DATA_ROW, WorkbookImport.MAX_ROWS - 1, c, c),
					words(columns.get(c).kind(), columns.get(c).choices()));
		}
		CellWriter cells = new CellWriter(sheet, texts, startYear);
		int row = InputLayout.FIRST_DATA_ROW;
		for (JsonNode line : lines) {
			for (int c = 0; c < columns.size(); c++) {
				cells.write(row, c, columns.get(c).kind(), line.at("/" + columns.get(c).field().replace('.', '/')));
			}
			row++;
		}
		sheet.table(InputLayout.HEADER_ROW, columns.size());
	}

	/**
	 * An empty cell of a percentage column is formatted as a percentage, so that Excel reads a typed 80 as
	 * 80 %; a text column keeps what is typed as text.
	 */
	private void preformat(Sheet sheet, int column, CellKind kind) {
		if (kind == CellKind.PERCENT) {
			sheet.setDefaultColumnStyle(column, styles.percent);
		} else if (kind == CellKind.MONEY) {
			sheet.setDefaultColumnStyle(column, styles.cents);
		}
	}

	/** The words of a choice or of yes and no; none for a column of another kind. */
	private List<String> words(CellKind kind, List<String> choices) {
		return kind == CellKind.CHOICE ? choices.stream().map(texts::choice).toList()
				: kind == CellKind.BOOLEAN ? List.of(texts.get("workbook.yes"), texts.get("workbook.no")) : List.of();
	}

	/**
	 * Words offered as a list in Excel; anything else may still be typed (the import also takes the other
	 * language's words and the constants), so Excel does not refuse it.
	 */
	private static void offer(Sheet sheet, CellRangeAddressList cells, List<String> words) {
		// Excel holds a list of at most 255 characters, separated by commas
		if (words.isEmpty() || String.join(",", words).length() > 255 || words.stream().anyMatch(w -> w.contains(","))) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(words.toArray(
				String[]::new)), cells);
		// in the file format's terms, "suppress" shows the list's arrow
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(false);
		sheet.addValidationData(validation);
	}

	private void actuals(JsonNode actuals) {
		SheetWriter sheet = sheet("workbook.sheet.actualsInput");
		keys(sheet, InputLayout.ACTUAL_COLUMNS);
		List<String> headers = List.of("workbook.column.year", "workbook.column.kind", "workbook.column.id",
				"workbook.column.figure", "workbook.column.value");
		for (int c = 0; c < headers.size(); c++) {
			sheet.header(InputLayout.HEADER_ROW, c, texts.get(headers.get(c)));
		}
		offer(sheet.sheet(), new CellRangeAddressList(InputLayout.FIRST_DATA_ROW, WorkbookImport.MAX_ROWS - 1, 1, 1),
				java.util.Arrays.stream(ActualKind.values()).map(k -> texts.get(k.labelKey())).toList());
		CellWriter cells = new CellWriter(sheet, texts, 0);
		int row = InputLayout.FIRST_DATA_ROW;
		for (JsonNode actual : actuals) {
			List<Figure> figures = figures(actual);
			if (figures.isEmpty()) {
				// a year with nothing realised yet still is a year of the realisation
				sheet.number(row++, 0, actual.path("year").asDouble(), styles.plain);
			}
			for (Figure f : figures) {
				sheet.number(row, 0, actual.path("year").asDouble(), styles.plain);
				sheet.text(row, 1, texts.get(f.kind().labelKey()));
				if (f.kind() == ActualKind.NOTE) {
					sheet.text(row, 4, f.value().asString(), styles.text);
				} else {
					sheet.text(row, 2, f.id());
					sheet.text(row, 3, texts.get("workbook.actual.field." + f.field()));
					cells.write(row, 4, f.kind().cellKind(f.field()), f.value());
				}
				row++;
			}
		}
		sheet.table(InputLayout.HEADER_ROW, InputLayout.ACTUAL_COLUMNS.size());
	}

	/** One realised figure of a year: its kind of line, the line, the field and the value. */
	private record Figure(ActualKind kind, String id, String field, JsonNode value) {
	}

	private static List<Figure> figures(JsonNode actual) {
		List<Figure> figures = new ArrayList<>();
		if (actual.path("note").isString()) {
			figures.add(new Figure(ActualKind.NOTE, "", "", actual.path("note")));
		}
		for (ActualKind kind : ActualKind.values()) {
			if (kind == ActualKind.NOTE) {
				continue;
			}
			for (Map.Entry<String, JsonNode> line : actual.path(kind.list).properties()) {
				if (kind == ActualKind.PARAMETERS) {
					figures.add(new Figure(kind, line.getKey(), "value", line.getValue()));
					continue;
				}
				for (String field : kind.fields) {
					if (line.getValue().has(field)) {
						figures.add(new Figure(kind, line.getKey(), field, line.getValue().path(field)));
					}
				}
			}
		}
		return figures;
	}
}
