package nl.ontschot.app.workbook.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;

import nl.ontschot.engine.formula.DutchFormulas;
import tools.jackson.databind.JsonNode;

/**
 * A value of the case document in a cell of an input sheet: numbers as numbers with their format, formulas as
 * text as the pages show them ({@code =tarief * 1,03}), choices and yes or no in words, lists as text.
 */
final class CellWriter {

	private final SheetWriter sheet;
	private final Texts texts;
	private final int startYear;

	CellWriter(SheetWriter sheet, Texts texts, int startYear) {
		this.sheet = sheet;
		this.texts = texts;
		this.startYear = startYear;
	}

	void write(int row, int column, CellKind kind, JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return;
		}
		Styles styles = sheet.styles();
		switch (kind) {
			case INTEGER -> whole(row, column, value, 0);
			case YEAR -> whole(row, column, value, startYear);
			case NUMBER, MONEY, PERCENT -> {
				if (value.isNumber()) {
					sheet.number(row, column, value.asDouble(), numberStyle(kind));
				} else {
					sheet.text(row, column, DutchFormulas.toShown(value.asString()), styles.text);
				}
			}
			case BOOLEAN -> sheet.text(row, column, value.asBoolean() ? texts.get("workbook.yes")
					: texts.get("workbook.no"));
			case CHOICE -> sheet.text(row, column, texts.choice(value.asString()));
			case CHOICES -> sheet.text(row, column, String.join(", ", value.valueStream()
					.map(v -> texts.choice(v.asString())).toList()));
			case REFERENCES -> sheet.text(row, column, String.join(", ", value.valueStream().map(JsonNode::asString)
					.toList()));
			case FINANCIER -> {
				if (value.isArray()) {
					List<String> lines = new ArrayList<>();
					value.forEach(share -> lines.add(share.path("party").asString() + ": " + number(share.path("share"))));
					sheet.text(row, column, String.join("\n", lines), styles.lines);
				} else {
					sheet.text(row, column, value.asString());
				}
			}
			case WEIGHTS -> {
				List<String> lines = new ArrayList<>();
				value.properties().forEach(e -> lines.add(e.getKey() + ": " + number(e.getValue())));
				sheet.text(row, column, String.join("\n", lines), styles.lines);
			}
			default -> sheet.text(row, column, value.isString() ? value.asString() : value.toString(), styles.text);
		}
	}

	private void whole(int row, int column, JsonNode value, int offset) {
		if (value.isNumber()) {
			sheet.number(row, column, value.asDouble() + offset, sheet.styles().plain);
		} else {
			sheet.text(row, column, value.asString(), sheet.styles().text);
		}
	}

	CellStyle numberStyle(CellKind kind) {
		Styles styles = sheet.styles();
		return switch (kind) {
			case MONEY -> styles.cents;
			case PERCENT -> styles.percent;
			default -> styles.plain;
		};
	}

	private String number(JsonNode value) {
		return inText(value, texts.locale());
	}

	/**
	 * A number inside a text (a share, a weight, a threshold): in the reader's notation, or a formula as the
	 * pages show it.
	 */
	static String inText(JsonNode value, Locale locale) {
		if (!value.isNumber()) {
			return DutchFormulas.toShown(value.asString());
		}
		String plain = BigDecimal.valueOf(value.asDouble()).stripTrailingZeros().toPlainString();
		return locale.getLanguage().equals("en") ? plain : plain.replace('.', ',');
	}
}
