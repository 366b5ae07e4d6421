package nl.ontschot.app.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.ontschot.engine.formula.DutchFormulas;
import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a form field maps to the case document: what a person types (Dutch notation first: {@code 1.234,5};
 * a percentage as {@code 70} for 0.7) and what is stored. An empty field means "not given". A {@code YEAR} is a
 * year index of the case that people see and type as a calendar year; {@link FieldViews} shifts it by the
 * start year, which this enum does not know.
 */
enum FieldKind {
	TEXT, NUMBER, PERCENT, INTEGER, YEAR, CHOICE, BOOL, CHOICES,
	/** Parties with a share each, chosen as a list of parties; their shares are fields of their own. */
	SHARES;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	/** The stored value for what was typed, or empty to remove it; throws for what is not a number. */
	Optional<JsonNode> parse(List<String> typed) {
		String raw = typed.isEmpty() ? "" : typed.get(0).strip();
		return switch (this) {
			case TEXT, CHOICE -> raw.isEmpty() ? Optional.empty() : Optional.of(NODES.stringNode(raw));
			case BOOL -> Optional.of(NODES.booleanNode(typed.contains("true")));
			case CHOICES, SHARES -> {
				ArrayNode list = NODES.arrayNode();
				typed.stream().filter(v -> !v.isBlank()).forEach(list::add);
				yield Optional.of(list);
			}
			case NUMBER, INTEGER, YEAR, PERCENT -> {
				if (raw.isEmpty()) {
					yield Optional.empty();
				}
				if ((this == NUMBER || this == PERCENT) && Formula.isFormula(raw)) {
					// a formula is stored as typed, with decimal points; it computes the stored value itself (a
					// percentage's fraction), so no percent shift applies to it
					yield Optional.of(NODES.stringNode(DutchFormulas.toStored(raw)));
				}
				BigDecimal number = number(raw);
				if (this == PERCENT) {
					number = number.movePointLeft(2);
				}
				if ((this == INTEGER || this == YEAR) && number.stripTrailingZeros().scale() > 0) {
					throw new FieldInputException("page.input.integer");
				}
				yield Optional.of(number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.TEN
						.pow(15)) < 0 ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number.doubleValue()));
			}
		};
	}

	/** Dutch notation first: a comma is the decimal sign and dots group thousands; a lone dot is decimal. */
	static BigDecimal number(String raw) {
		String s = raw.replace(" ", "").replace("\u00a0", "").replace("€", "").replace("%", "");
		if (s.contains(",")) {
			s = s.replace(".", "").replace(',', '.');
		} else if (THOUSANDS.matcher(s).matches()) {
			s = s.replace(".", "");
		}
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			throw new FieldInputException("page.input.number");
		}
	}

	/** What the field shows for a stored value. */
	String format(Optional<JsonNode> value, Locale locale) {
		if (value.isEmpty()) {
			return "";
		}
		JsonNode v = value.get();
		return switch (this) {
			case INTEGER, YEAR -> v.isNumber() ? Long.toString(Math.round(v.asDouble())) : v.asString();
			case NUMBER -> v.isNumber() ? plain(v.asDouble(), locale) : shown(v.asString(), locale);
			case PERCENT -> v.isNumber() ? plain(v.asDouble() * 100, locale) : shown(v.asString(), locale);
			case BOOL -> Boolean.toString(v.asBoolean());
			default -> v.isString() ? v.asString() : v.toString();
		};
	}

	/** A stored formula as the reader types it: with decimal commas in Dutch. */
	private static String shown(String formula, Locale locale) {
		return locale.getLanguage().equals("nl") ? DutchFormulas.toShown(formula) : formula;
	}

	private static String plain(double v, Locale locale) {
		String text = Amounts.number(v, 6, locale);
		String decimal = locale.getLanguage().equals("nl") ? "," : ".";
		if (text.contains(decimal)) {
			text = text.replaceAll("0+$", "");
			if (text.endsWith(decimal)) {
				text = text.substring(0, text.length() - 1);
			}
		}
		return text;
	}

	/** Typed text that is not what the field takes. */
	static final class FieldInputException extends RuntimeException {

		private final String messageKey;

		FieldInputException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}
}
