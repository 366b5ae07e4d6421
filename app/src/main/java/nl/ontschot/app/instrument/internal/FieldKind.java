package nl.ontschot.app.instrument.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.engine.formula.DutchFormulas;
import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a form field maps to the case document: what a person types, in the notation of the page's language
 * ({@code 1.234,5} in Dutch, {@code 1,234.5} in English; a percentage as {@code 70} for 0.7), and what is stored. An empty field means "not given". A {@code YEAR} is a
 * year index of the case that people see and type as a calendar year; {@link FieldViews} shifts it by the
 * start year, which this enum does not know.
 */
public enum FieldKind {
	TEXT, NUMBER, PERCENT, INTEGER, YEAR, CHOICE, BOOL, CHOICES,
	/** Parties with a share each, chosen as a list of parties; their shares are fields of their own. */
	SHARES;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	/** Groups of thousands, the first not 0: {@code 1.250} is 1250 in Dutch, {@code 0.125} is not grouped. */
	private static final Pattern DUTCH_THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+");
	private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3})+");
	/** Longer than any number a case holds (at most 1e15 with decimals): refused before it is read. */
	static final int MAX_NUMBER_LENGTH = 40;

	/**
	 * The stored value for what was typed on a page in {@code locale}, or empty to remove it; throws for what is
	 * not a number.
	 */
	public Optional<JsonNode> parse(List<String> typed, Locale locale) {
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
					// a formula is stored with decimal points; it computes the stored value itself (a percentage's
					// fraction), so no percent shift applies to it
					yield Optional.of(NODES.stringNode(dutch(locale) ? DutchFormulas.toStored(raw) : raw));
				}
				BigDecimal number = number(raw, locale);
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

	private static boolean dutch(Locale locale) {
		return locale.getLanguage().equals("nl");
	}

	/**
	 * A number in the page's notation. Dutch: a comma is the decimal sign and dots group thousands; a dot alone
	 * is decimal unless it groups thousands ({@code 1.250}). English: a point is the decimal sign and commas
	 * group thousands; a comma alone is decimal unless it groups thousands ({@code 2,400}).
	 */
	static BigDecimal number(String raw, Locale locale) {
		if (raw.length() > MAX_NUMBER_LENGTH) {
			throw new FieldInputException("page.input.number");
		}
		String s = raw.replace(" ", "").replace("\u00a0", "").replace("€", "").replace("%", "");
		char decimal = dutch(locale) ? ',' : '.';
		char group = dutch(locale) ? '.' : ',';
		Pattern thousands = dutch(locale) ? DUTCH_THOUSANDS : ENGLISH_THOUSANDS;
		if (s.indexOf(decimal) >= 0) {
			if (s.lastIndexOf(group) > s.indexOf(decimal)) {
				// 1,250.5 on a Dutch page: which sign is the decimal one is a guess, so it is asked again
				throw new FieldInputException("page.input.number");
			}
			s = s.replace(String.valueOf(group), "").replace(decimal, '.');
		} else if (thousands.matcher(s).matches()) {
			s = s.replace(String.valueOf(group), "");
		} else {
			s = s.replace(group, '.');
		}
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			throw new FieldInputException("page.input.number");
		}
	}

	/** What the field shows for a stored value. */
	public String format(Optional<JsonNode> value, Locale locale) {
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
		return dutch(locale) ? DutchFormulas.toShown(formula) : formula;
	}

	private static String plain(double v, Locale locale) {
		String text = Amounts.number(v, 6, locale);
		String decimal = dutch(locale) ? "," : ".";
		if (text.contains(decimal)) {
			text = text.replaceAll("0+$", "");
			if (text.endsWith(decimal)) {
				text = text.substring(0, text.length() - 1);
			}
		}
		return text;
	}

	/** Typed text that is not what the field takes. */
	public static final class FieldInputException extends RuntimeException {

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
