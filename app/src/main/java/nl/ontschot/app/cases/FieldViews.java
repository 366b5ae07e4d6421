package nl.ontschot.app.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.FieldView.Option;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Builds the field views of a case document, with labels and choices in the reader's language. */
@Component
class FieldViews {

	private final MessageSource messages;

	FieldViews(MessageSource messages) {
		this.messages = messages;
	}

	FieldView field(JsonNode document, String path, Locale locale) {
		return field(document, path, locale, Optional.empty(), "", false);
	}

	/**
	 * @param typed what the person typed, shown again when it was not saved
	 * @param error the sentence beside the field, or empty
	 */
	FieldView field(JsonNode document, String path, Locale locale, Optional<List<String>> typed, String error,
			boolean saved) {
		FieldSpec spec = FieldSpec.of(path).orElseThrow(() -> new StatusException(400, "page.badPath"));
		Optional<JsonNode> stored = DocumentPath.parse(path).get(document);
		List<Option> options = options(document, path, spec, locale);
		// a list that is not given means all of its choices (every category counts, a key covers every party),
		// except a party's domains, which are only informational: none given is none
		List<String> selected = typed.orElseGet(() -> stored.filter(JsonNode::isArray)
				.map(list -> list.valueStream().map(JsonNode::asString).toList())
				.orElse(path.endsWith(".domains") ? List.of() : options.stream().map(Option::value).toList()));
		Optional<JsonNode> shown = spec.kind() == FieldKind.YEAR
				? stored.filter(JsonNode::isNumber).map(v -> NODES.numberNode(v.asLong() + startYear(document)))
				: stored;
		String value = typed.map(t -> spec.kind() == FieldKind.BOOL ? String.valueOf(t.contains("true"))
				: t.isEmpty() ? "" : t.get(0)).orElseGet(() -> stored.isEmpty() && spec.kind() == FieldKind.CHOICE
						? spec.placeholder() : spec.kind().format(shown, locale));
		String label = text(spec.label(), locale, partyName(document, path));
		String help = messages.getMessage(spec.label() + ".help", null, "", locale);
		// a year not given is the first year of the horizon, or for the last year of an item its last
		String placeholder = spec.kind() != FieldKind.YEAR ? spec.placeholder()
				: Long.toString(startYear(document) + (path.endsWith(".toYear")
						? document.path("horizonYears").asLong(1) - 1 : 0));
		return new FieldView(path.replaceAll("[^A-Za-z0-9]+", "-"), path, spec.kind(), label,
				value, selected, stored.map(JsonNode::toString).orElse(""), options,
				spec.suffix().isEmpty() ? "" : text(spec.suffix(), locale), placeholder, help, error, saved);
	}

	/**
	 * A field someone else changed while the person typed: their value as stored now (shown beside it) and
	 * the person's own value in the field, ready to be saved over theirs.
	 */
	FieldView conflict(JsonNode document, String path, Locale locale, List<String> typed) {
		FieldView stored = field(document, path, locale);
		String theirs = stored.isChoices() ? String.join(", ", stored.options().stream()
				.filter(o -> stored.selected().contains(o.value())).map(Option::label).toList())
				: stored.isChoice() ? stored.options().stream().filter(o -> o.value().equals(stored.value()))
						.map(Option::label).findFirst().orElse(stored.value()) : stored.value();
		FieldView mine = field(document, path, locale, Optional.of(typed), text("page.conflict", locale,
				theirs.isEmpty() ? text("page.conflictEmpty", locale) : theirs), false);
		return mine.withConflict();
	}

	/** What is stored for what was typed in a field; a calendar year becomes the case's year index. */
	Optional<JsonNode> parse(String path, List<String> typed, JsonNode document) {
		FieldKind kind = FieldSpec.of(path).orElseThrow(() -> new StatusException(400, "page.badPath")).kind();
		Optional<JsonNode> value = kind.parse(typed);
		return kind == FieldKind.YEAR ? value.map(v -> NODES.numberNode(v.asLong() - startYear(document))) : value;
	}

	private static long startYear(JsonNode document) {
		return document.path("startYear").asLong(0);
	}

	/**
	 * A problem the engine found, in the words of the page: percentages as percentages, year indices as
	 * calendar years, large numbers with thousands separators, fields by their label.
	 */
	String problem(Notice notice, JsonNode document, Locale locale) {
		Optional<FieldKind> kind = FieldSpec.of(notice.path()).map(FieldSpec::kind);
		List<Object> args = notice.args();
		return switch (notice.key()) {
			case "error.between" -> {
				FieldKind k = kind.orElse(FieldKind.NUMBER);
				yield text("problem.between", locale, bound(args.get(0), k, document, locale),
						bound(args.get(1), k, document, locale));
			}
			case "error.reversedYears" -> text("problem.reversedYears", locale,
					bound(args.get(0), FieldKind.YEAR, document, locale));
			case "error.onlyIncidental", "error.onlyStructural", "error.unknownParty", "error.unknownKey",
					"error.unknownGroup", "error.notFinite" -> text("problem." + notice.key().substring(6), locale,
							args.toArray());
			default -> notice.message(locale);
		};
	}

	/** A limit of a range as the field shows its values. */
	private static String bound(Object limit, FieldKind kind, JsonNode document, Locale locale) {
		double value = new BigDecimal(limit.toString()).doubleValue();
		return switch (kind) {
			case PERCENT -> Amounts.percent(value, locale);
			case YEAR -> Long.toString((long) value + startYear(document));
			case INTEGER -> Math.abs(value) < 10_000 ? Long.toString((long) value) : Amounts.number(value, 0, locale);
			default -> value == Math.rint(value) ? Amounts.number(value, 0, locale) : Amounts.number(value, 4, locale)
					.replaceAll("[,.]?0+$", "");
		};
	}

	/**
	 * Where a path points, in words: "activiteit Hulp bij oogdruppelen thuis, Zorgaanbieder" for
	 * {@code activities[0].provider}; never the path itself.
	 */
	String place(JsonNode document, String path, Locale locale) {
		Matcher line = LINE.matcher(path);
		String field = FieldSpec.of(path).map(spec -> text(spec.label(), locale, partyName(document, path)))
				.orElse("");
		if (!line.matches()) {
			return field.isEmpty() ? text("place.case", locale) : field;
		}
		JsonNode node = document.path(line.group(1)).path(Integer.parseInt(line.group(2)));
		String name = node.path("name").asString(node.path("id").asString(""));
		String list = line.group(1).equals("items") && node.path("type").isString()
				? "items." + node.path("type").asString() : line.group(1);
		String where = text("place." + list, locale, name);
		return field.isEmpty() ? where : where + ", " + field;
	}

	private static final Pattern LINE = Pattern
			.compile("(parties|targetGroups|activities|items|allocationKeys)\\[(\\d+)](?:\\..*)?");
	private static final JsonNodeFactory NODES =
			JsonNodeFactory.instance;

	private List<Option> options(JsonNode document, String path, FieldSpec spec, Locale locale) {
		List<Option> options = new ArrayList<>();
		if (path.endsWith(".provider") || path.endsWith(".financier") || path.endsWith(".party")) {
			if (!path.endsWith(".provider")) {
				options.add(new Option("", text("field.none", locale)));
			}
			document.path("parties").valueStream()
					.forEach(p -> options.add(new Option(p.path("id").asString(), p.path("name").asString())));
		} else if (path.endsWith(".group")) {
			options.add(new Option("", text("field.none", locale)));
			document.path("targetGroups").valueStream().forEach(g -> options.add(new Option(g.path("id").asString(),
					g.path("name").asString(g.path("id").asString()))));
		} else if (path.startsWith("allocationKeys[") && path.endsWith(".parties")) {
			document.path("parties").valueStream()
					.forEach(p -> options.add(new Option(p.path("id").asString(), p.path("name").asString())));
		} else if (path.equals("settlement.key")) {
			// KEY_SHARE divides by a fixed key: an EQUAL or WEIGHTS key, not one by benefit
			options.add(new Option("", text("field.settlement.key.none", locale)));
			document.path("allocationKeys").valueStream()
					.filter(k -> !k.path("method").asString("EQUAL").equals("BY_BENEFIT"))
					.forEach(k -> options.add(new Option(k.path("id").asString(),
							k.path("name").asString(k.path("id").asString()))));
		} else if (path.endsWith(".allocation")) {
			options.add(new Option("", text("field.notShared", locale)));
			document.path("allocationKeys").valueStream().forEach(k -> options.add(new Option(k.path("id").asString(),
					k.path("name").asString(k.path("id").asString()))));
		} else {
			if (path.endsWith(".domain")) {
				options.add(new Option("", text("field.none", locale)));
			}
			spec.options().forEach(o -> options.add(new Option(o, text("choice." + o, locale))));
		}
		return options;
	}

	/** For a weight, the name of the party it is for. */
	private static String partyName(JsonNode document, String path) {
		String id = path.substring(path.lastIndexOf('.') + 1);
		return document.path("parties").valueStream().filter(p -> p.path("id").asString().equals(id))
				.map(p -> p.path("name").asString()).findFirst().orElse(id);
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
