package nl.ontschot.app.workbook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.FieldKind;
import nl.ontschot.engine.schema.SchemaField;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;

/**
 * The terms of each arrangement as the case gives them, a row per term with its label and its value (formulas
 * as text), below the arrangements' payments.
 */
final class ArrangementTerms {

	private final SheetWriter sheet;
	private final Texts texts;
	private final JsonNode document;

	ArrangementTerms(SheetWriter sheet, Texts texts, JsonNode document) {
		this.sheet = sheet;
		this.texts = texts;
		this.document = document;
	}

	void write(int firstRow) {
		int row = firstRow;
		sheet.text(row++, 0, texts.get("workbook.arrangements.terms"), sheet.styles().header);
		sheet.header(row, 0, texts.get("workbook.column.arrangement"));
		sheet.header(row, 1, texts.get("workbook.column.term"));
		sheet.header(row, 2, texts.get("workbook.column.value"));
		row++;
		CellWriter cells = new CellWriter(sheet, texts, document.path("startYear").asInt(0));
		for (JsonNode arrangement : document.path("arrangements")) {
			String name = arrangement.path("name").asString(arrangement.path("id").asString(""));
			for (Map.Entry<String, JsonNode> term : arrangement.properties()) {
				Optional<SchemaField> field = CaseSchema.at("arrangements[0]." + term.getKey());
				if (field.isEmpty() || term.getKey().equals("name")) {
					continue;
				}
				sheet.text(row, 0, name);
				sheet.text(row, 1, texts.get(field.get().label()));
				JsonNode value = term.getValue();
				if (field.get().kind() == FieldKind.SHARES) {
					cells.write(row, 2, CellKind.FINANCIER, value);
				} else if (field.get().kind() == FieldKind.STRUCTURE) {
					sheet.text(row, 2, condition(value));
				} else {
					cells.write(row, 2, CellKind.of(field.get()), value);
				}
				row++;
			}
		}
	}

	/** A condition in words: the key figure or group and the value it must reach. */
	private String condition(JsonNode condition) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, JsonNode> term : condition.properties()) {
			Optional<SchemaField> field = CaseSchema.at("arrangements[0].condition." + term.getKey());
			parts.add(field.map(f -> texts.get(f.label())).orElse(term.getKey()) + ": " + conditionValue(term
					.getValue(), field.map(SchemaField::kind).orElse(FieldKind.TEXT)));
		}
		return String.join(", ", parts);
	}

	/** A condition's term as the pages show it: a percentage, a number in the reader's notation, a formula, a code. */
	private String conditionValue(JsonNode value, FieldKind kind) {
		if (value.isNumber() && kind == FieldKind.PERCENT) {
			return Amounts.percent(value.asDouble(), texts.locale());
		}
		return value.isNumber() || value.asString().startsWith("=") ? CellWriter.inText(value, texts.locale())
				: value.asString();
	}
}
