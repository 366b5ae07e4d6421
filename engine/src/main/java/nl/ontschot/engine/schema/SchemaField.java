package nl.ontschot.engine.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One field of the case format: its path pattern ({@code activities[].current.volume}; {@code []} stands for a
 * list index, {@code *} for a map key), its kind, whether the case must give it and whether a list of it must
 * hold at least one, its default (the text a page shows while the case does not give it), the range of a
 * number, whether it may be a formula and when it takes its value, the first schema version that has it, the
 * constants of a choice, and the message key of its label.
 */
public record SchemaField(String path, FieldKind kind, boolean required, boolean nonEmpty,
		Optional<String> defaultValue, Range range, boolean formula, Timing timing, int since, List<String> choices,
		String label) {

	public SchemaField {
		choices = List.copyOf(choices);
	}

	/** Whether a concrete path ({@code activities[3].current.volume}) is this field. */
	public boolean matches(String concrete) {
		return pattern().matcher(concrete).matches();
	}

	/** The concrete paths of this field as a regular expression (compiled anew: {@link CaseSchema} keeps them). */
	Pattern pattern() {
		StringBuilder regex = new StringBuilder();
		for (String part : path.split("(?=\\[])|(?<=\\[])|(?=\\*)|(?<=\\*)")) {
			regex.append(switch (part) {
				case "[]" -> "\\[\\d+]";
				case "*" -> "[^\\[\\]]+";
				default -> Pattern.quote(part);
			});
		}
		return Pattern.compile(regex.toString());
	}

	public boolean numeric() {
		return kind == FieldKind.NUMBER || kind == FieldKind.MONEY || kind == FieldKind.PERCENT;
	}
}
