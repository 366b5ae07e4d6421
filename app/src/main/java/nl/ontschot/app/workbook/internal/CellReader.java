package nl.ontschot.app.workbook.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;

import nl.ontschot.engine.formula.DutchFormulas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cell of an input sheet as a value of the case document, the reverse of {@link CellWriter}. Numbers may be
 * number cells or text in Dutch or English notation; a formula over key figures is text starting with {@code =},
 * or an Excel formula that Excel could not compute (it does not know the key figures); an Excel formula that
 * Excel did compute gives its value. Throws {@link CellProblem} for a cell that is not its column's field.
 */
final class CellReader {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final Pattern DUTCH_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
	private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
	private static final Pattern IDS = Pattern.compile("\\s*[,;]\\s*|\\s+");
	private static final Pattern CHOICE_LIST = Pattern.compile("\\s*[,;]\\s*");
	private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");
	private static final Pattern SEMICOLONS = Pattern.compile("\\s*;\\s*");

	private final Texts texts;
	private final int startYear;

	CellReader(Texts texts, int startYear) {
		this.texts = texts;
		this.startYear = startYear;
	}

	/** What a cell holds before its column's kind is applied: nothing, text, a number or yes/no. */
	static Optional<Object> content(Cell cell) {
		if (cell == null) {
			return Optional.empty();
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
				// no program calculated it (a file written by a script): the case's own formula, never 0
				return Optional.of(new ExcelFormula("=" + cell.getCellFormula()));
			}
			try {
				type = cell.getCachedFormulaResultType();
				if (type == CellType.ERROR) {
					// a formula over key figures that Excel cannot compute: the case's own formula
					return Optional.of(new ExcelFormula("=" + cell.getCellFormula()));
				}
			} catch (RuntimeException unreadable) {
				// a formula POI cannot read back is a cell in error, not a failed request
				throw new CellProblem("workbook.problem.cellError");
			}
		}
		return switch (type) {
			case STRING -> Optional.of(cell.getStringCellValue().strip()).filter(s -> !s.isEmpty()).map(s -> (Object) s);
			case NUMERIC -> Optional.of(cell.getNumericCellValue());
			case BOOLEAN -> Optional.of(cell.getBooleanCellValue());
			case ERROR -> throw new CellProblem("workbook.problem.cellError");
			default -> Optional.empty();
		};
	}

	/** A formula Excel kept as a formula, in its own notation (decimal point, comma between arguments). */
	record ExcelFormula(String text) {
	}

	Optional<JsonNode> read(Cell cell, CellKind kind, List<String> choices) {
		Optional<Object> content = content(cell);
		if (content.isEmpty()) {
			return Optional.empty();
		}
		Object value = content.get();
		return Optional.of(switch (kind) {
			case INTEGER -> NODES.numberNode(whole(value));
			case YEAR -> NODES.numberNode(whole(value) - startYear);
			case NUMBER, MONEY, PERCENT -> number(value);
			case BOOLEAN -> NODES.booleanNode(yesOrNo(value));
			case CHOICE -> NODES.stringNode(choice(text(value), choices));
			case CHOICES -> {
				ArrayNode list = NODES.arrayNode();
				for (String part : CHOICE_LIST.split(text(value))) {
					list.add(choice(part, choices));
				}
				yield list;
			}
			case REFERENCES -> {
				ArrayNode list = NODES.arrayNode();
				for (String part : IDS.split(text(value))) {
					list.add(part);
				}
				yield list;
			}
			case FINANCIER -> text(value).contains(":") ? shares(text(value)) : NODES.stringNode(text(value));
			case WEIGHTS -> weights(text(value));
			default -> NODES.stringNode(text(value));
		});
	}

	/** A cell as text: a whole number without decimals (a code typed as 2027 is the text 2027). */
	private static String text(Object value) {
		if (value instanceof Double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
					: BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		return value instanceof ExcelFormula f ? f.text() : value.toString();
	}

	private long whole(Object value) {
		double d = value instanceof Double n ? n : parse(text(value), false).doubleValue();
		if (d != Math.rint(d) || Math.abs(d) > 1e15) {
			throw new CellProblem("workbook.problem.notWhole", value instanceof Double n ? texts.number(n) : text(value));
		}
		return (long) d;
	}

	/** A number, or a formula as the case stores it. */
	private JsonNode number(Object value) {
		if (value instanceof Double d) {
			return numberNode(d);
		}
		if (value instanceof ExcelFormula f) {
			return NODES.stringNode(f.text());
		}
		String text = text(value);
		if (text.startsWith("=")) {
			return NODES.stringNode(DutchFormulas.toStored(text));
		}
		return numberNode(parse(text, true).doubleValue());
	}

	private static JsonNode numberNode(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
	}

	/**
	 * A number typed as text: a comma or a point may be the decimal sign; the other one, or a point in Dutch
	 * (a comma in English) between groups of three digits, groups thousands. A percentage is a fraction.
	 */
	private BigDecimal parse(String raw, boolean percentAllowed) {
		String s = raw.replace(" ", "").replace("\u00a0", "").replace("€", "");
		boolean percent = percentAllowed && s.endsWith("%");
		if (percent) {
			s = s.substring(0, s.length() - 1);
		}
		boolean english = texts.locale().getLanguage().equals("en");
		int comma = s.lastIndexOf(',');
		int point = s.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			s = comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
		} else if (comma >= 0) {
			s = english && ENGLISH_THOUSANDS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
		} else if (point >= 0 && !english && DUTCH_THOUSANDS.matcher(s).matches()) {
			s = s.replace(".", "");
		}
		try {
			BigDecimal number = new BigDecimal(s);
			return percent ? number.movePointLeft(2) : number;
		} catch (NumberFormatException e) {
			throw new CellProblem("workbook.problem.notANumber", raw);
		}
	}

	private boolean yesOrNo(Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		String text = text(value).toLowerCase(Locale.ROOT);
		for (Texts t : List.of(texts, texts.other())) {
			if (text.equals(t.get("workbook.yes"))) {
				return true;
			}
			if (text.equals(t.get("workbook.no"))) {
				return false;
			}
		}
		if (text.equals("true") || text.equals("1")) {
			return true;
		}
		if (text.equals("false") || text.equals("0")) {
			return false;
		}
		throw new CellProblem("workbook.problem.notYesNo", text(value));
	}

	/** A constant by its words in either language, or by its own name. */
	private String choice(String text, List<String> choices) {
		for (String choice : choices) {
			if (text.equalsIgnoreCase(choice) || text.equalsIgnoreCase(texts.choice(choice))
					|| text.equalsIgnoreCase(texts.other().choice(choice))) {
				return choice;
			}
		}
		throw new CellProblem("workbook.problem.notAChoice", text, String.join(", ", choices.stream()
				.map(texts::choice).toList()));
	}

	private ArrayNode shares(String text) {
		ArrayNode shares = NODES.arrayNode();
		for (String[] pair : pairs(text)) {
			ObjectNode share = shares.addObject();
			share.put("party", pair[0]);
			share.set("share", number(pair[1]));
		}
		return shares;
	}

	private ObjectNode weights(String text) {
		ObjectNode weights = NODES.objectNode();
		for (String[] pair : pairs(text)) {
			weights.set(pair[0], number(pair[1]));
		}
		return weights;
	}

	/**
	 * Lines of {@code code: number}; on one line they may be separated by semicolons (then a formula in them
	 * cannot have a semicolon).
	 */
	private static List<String[]> pairs(String text) {
		List<String[]> pairs = new ArrayList<>();
		String all = text.strip();
		for (String line : (all.contains("\n") ? LINES : SEMICOLONS).split(all)) {
			int colon = line.indexOf(':');
			if (colon <= 0 || colon == line.length() - 1) {
				throw new CellProblem("workbook.problem.notAShare", line);
			}
			pairs.add(new String[] { line.substring(0, colon).strip(), line.substring(colon + 1).strip() });
		}
		return pairs;
	}
}
