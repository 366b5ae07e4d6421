package nl.ontschot.app.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import nl.ontschot.app.cases.DocumentPath;
import nl.ontschot.app.instrument.internal.FieldKind;
import nl.ontschot.app.instrument.internal.FieldSpec;
import nl.ontschot.app.instrument.internal.FieldView.Option;
import nl.ontschot.app.instrument.internal.FieldView;
import nl.ontschot.app.instrument.internal.References;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/** Builds the field views of a case document, with labels and choices in the reader's language. */
@Component
public class FieldViews {

	private final MessageSource messages;

	public FieldViews(MessageSource messages) {
		this.messages = messages;
	}

	private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9]+");
	private static final Pattern KEY_PARTIES = Pattern.compile("allocationKeys\\[\\d+]\\.parties");

	public FieldView field(JsonNode document, String path, Locale locale) {
		return field(document, path, locale, Optional.empty(), "", false);
	}

	/**
	 * @param typed what the person typed, shown again when it was not saved
	 * @param error the sentence beside the field, or empty
	 */
	public FieldView field(JsonNode document, String path, Locale locale, Optional<List<String>> typed, String error,
			boolean saved) {
		FieldSpec spec = FieldSpec.of(path).orElseThrow(() -> new StatusException(400, "page.badPath"));
		Optional<JsonNode> stored = DocumentPath.parse(path).get(document);
		FieldKind kind = kind(spec, path, stored);
		List<Option> options = options(document, path, spec, locale);
		if (FINANCIER.matcher(path).matches() && kind == FieldKind.CHOICE) {
			options.add(new Option(TOGETHER, text("field.activity.financier.together", locale)));
		} else if (kind == FieldKind.SHARES) {
			options.removeIf(o -> o.value().isEmpty());
		}
		List<String> selected = typed.orElseGet(() -> selected(stored, path, options));
		Optional<JsonNode> shown = kind == FieldKind.YEAR
				? stored.filter(JsonNode::isNumber).map(v -> NODES.numberNode(v.asLong() + startYear(document)))
				: stored;
		Optional<String> fallback = spec.field().defaultValue();
		String value = typed.map(t -> kind == FieldKind.BOOL ? String.valueOf(t.contains("true"))
				: t.isEmpty() ? "" : t.get(0)).orElseGet(() -> stored.isEmpty() && kind == FieldKind.CHOICE
						? fallback.orElse("") : kind.format(shown, locale));
		String label = text(spec.label(), locale, partyName(document, path));
		String help = messages.getMessage(spec.label() + ".help", null, "", locale);
		String placeholder = placeholder(document, path, kind, fallback, locale);
		String evaluated = typed.isPresent() || !spec.formula() ? "" : stored
				.filter(v -> v.isString() && Formula.isFormula(v.asString()))
				.map(v -> evaluated(document, path, spec, locale)).orElse("");
		return new FieldView(NOT_IN_ID.matcher(path).replaceAll("-"), path, kind, label,
				value, selected, stored.map(JsonNode::toString).orElse(""), options,
				messages.getMessage(spec.suffix(), null, "", locale), placeholder, help, evaluated, error, saved,
				false);
	}

	/**
	 * The chosen constants of a list. A list that is not given means all of its choices where the format says
	 * so (every category counts, a key covers every party); other lists not given are empty.
	 */
	private static List<String> selected(Optional<JsonNode> stored, String path, List<Option> options) {
		if (stored.filter(JsonNode::isArray).isPresent()) {
			return stored.get().valueStream().map(v -> v.isObject() ? v.path("party").asString() : v.asString())
					.toList();
		}
		boolean allByDefault = path.equals("includedCategories") || KEY_PARTIES.matcher(path).matches();
		return allByDefault ? options.stream().map(Option::value).toList() : List.of();
	}

	/** What an empty field stands for: its default, or for a year the first (or last) year of the horizon. */
	private static String placeholder(JsonNode document, String path, FieldKind kind, Optional<String> fallback,
			Locale locale) {
		if (kind == FieldKind.YEAR) {
			return Long.toString(startYear(document) + (path.endsWith(".toYear") || path.endsWith(".repaymentYear")
					? document.path("horizonYears").asLong(1) - 1 : 0));
		}
		if (kind == FieldKind.NUMBER || kind == FieldKind.PERCENT) {
			return fallback.map(d -> kind.format(Optional.of(NODES.numberNode(Double.parseDouble(d))), locale))
					.orElse("");
		}
		return "";
	}

	/**
	 * What a formula gives: one value when it is the same in every year of the plan, else the value per
	 * calendar year; empty while the case cannot be calculated (the field's error says why).
	 */
	private String evaluated(JsonNode document, String path, FieldSpec spec, Locale locale) {
		FieldKind kind = spec.kind();
		Optional<PreparedCase> prepared = prepared(document);
		Optional<double[]> values = prepared.flatMap(p -> p.planValues(path));
		if (values.isEmpty()) {
			return prepared.isPresent() ? text("field.formulaNotUsed", locale) : "";
		}
		double[] years = values.get();
		boolean constant = Arrays.stream(years).allMatch(v -> v == years[0]);
		boolean money = spec.field().kind() == nl.ontschot.engine.schema.FieldKind.MONEY;
		if (constant) {
			return text("field.formulaValue", locale, money ? euros(years[0], locale) : shown(years[0], kind, locale));
		}
		long start = startYear(document);
		List<String> perYear = new ArrayList<>();
		for (int t = 0; t < years.length; t++) {
			perYear.add((start + t) + ": " + (money ? euros(years[t], locale) : shown(years[t], kind, locale)));
		}
		return text("field.formulaValues", locale, String.join(" · ", perYear));
	}

	/** An evaluated value as its field shows it, a percentage with its sign. */
	private static String shown(double value, FieldKind kind, Locale locale) {
		String text = kind.format(Optional.of(NODES.numberNode(value)), locale);
		return kind == FieldKind.PERCENT ? text + " %" : text;
	}

	/** An evaluated amount of money, to the cent. */
	private static String euros(double value, Locale locale) {
		return Amounts.eurosAndCents(Math.round(value * 100), locale);
	}

	/** The case prepared once per request and document: a page may show many formulas of one case. */
	private static Optional<PreparedCase> prepared(JsonNode document) {
		String key = key(document);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object cached = request == null ? null : request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof PreparedHolder holder && holder.document() == document) {
			return holder.prepared();
		}
		Optional<PreparedCase> prepared;
		try {
			prepared = Optional.of(PreparedCase.of(CaseJson.read(document)));
		} catch (InvalidCaseException e) {
			prepared = Optional.empty();
		}
		if (request != null) {
			request.setAttribute(key, new PreparedHolder(document, prepared), RequestAttributes.SCOPE_REQUEST);
		}
		return prepared;
	}

	/** Tells the fields of this request the case as a step page prepared it from this document. */
	static void preparedFrom(JsonNode document, PreparedCase prepared) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(key(document), new PreparedHolder(document, Optional.of(prepared)),
					RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static String key(JsonNode document) {
		return "ontschot.prepared." + System.identityHashCode(document);
	}

	private record PreparedHolder(JsonNode document, Optional<PreparedCase> prepared) {
	}

	/**
	 * A field someone else changed while the person typed: their value as stored now (shown beside it) and
	 * the person's own value in the field, ready to be saved over theirs.
	 */
	public FieldView conflict(JsonNode document, String path, Locale locale, List<String> typed) {
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
	public Optional<JsonNode> parse(String path, List<String> typed, JsonNode document, Locale locale) {
		FieldSpec spec = FieldSpec.of(path).orElseThrow(() -> new StatusException(400, "page.badPath"));
		Optional<JsonNode> before = DocumentPath.parse(path).get(document);
		if (FINANCIER.matcher(path).matches() && typed.contains(TOGETHER)) {
			// from one financier to parties that pay together (calculation.md 6.3), starting with that one
			return Optional.of(shares(NODES.arrayNode().add(before.filter(JsonNode::isString)
					.map(JsonNode::asString).orElse(document.path("parties").path(0).path("id").asString())), before));
		}
		FieldKind kind = kind(spec, path, before);
		Optional<JsonNode> value = kind.parse(typed, locale);
		if (path.startsWith("arrangements[") && value.filter(v -> v.isArray() && v.isEmpty()).isPresent()) {
			// an arrangement's list left empty is not given: its default applies, or the form says it is needed
			return Optional.empty();
		}
		if (kind == FieldKind.SHARES) {
			// no party left: the activity has no financier
			return value.filter(parties -> !parties.isEmpty()).map(parties -> shares(parties, before));
		}
		return kind == FieldKind.YEAR ? value.map(v -> NODES.numberNode(v.asLong() - startYear(document))) : value;
	}

	/** An activity's financier is one party, or parties with shares when several pay together (6.3). */
	private static FieldKind kind(FieldSpec spec, String path, Optional<JsonNode> stored) {
		return FINANCIER.matcher(path).matches() && stored.filter(JsonNode::isArray).isPresent() ? FieldKind.SHARES
				: spec.kind();
	}

	private static final Pattern FINANCIER = Pattern.compile("activities\\[\\d+]\\.financier");

	/** The choice that turns one financier into parties that pay together. */
	private static final String TOGETHER = "*";

	/** The chosen parties with their shares: a party that stays keeps its share, a new one starts at 1. */
	private static JsonNode shares(JsonNode parties, Optional<JsonNode> before) {
		ArrayNode shares = NODES.arrayNode();
		for (JsonNode party : parties) {
			JsonNode share = before.filter(JsonNode::isArray).flatMap(list -> list.valueStream()
					.filter(s -> s.path("party").asString().equals(party.asString())).findFirst()
					.map(s -> s.path("share"))).filter(s -> !s.isMissingNode()).orElse(NODES.numberNode(1));
			shares.addObject().put("party", party.asString()).set("share", share);
		}
		return shares;
	}

	private static long startYear(JsonNode document) {
		return document.path("startYear").asLong(0);
	}

	/**
	 * A problem the engine found, in the words of the page: percentages as percentages, year indices as
	 * calendar years, large numbers with thousands separators, fields by their label.
	 */
	public String problem(Notice notice, JsonNode document, Locale locale) {
		return problem(notice, document, locale, scenarioTarget(notice.path()).or(() -> FieldSpec.of(notice.path()))
				.map(FieldSpec::kind));
	}

	/** A problem with the place it is about first: "Deelnemers, Slagingspercentage: moet tussen ... liggen". */
	public String placed(Notice notice, JsonNode document, Locale locale) {
		if (VARIANTS.contains(notice.key())) {
			// the variant names the field itself
			return problem(notice, document, locale);
		}
		return place(document, notice.path(), locale) + ": " + problem(notice, document, locale);
	}

	/** Problems found in a variant of the case (realised, drawn, a scenario), each with the field's own. */
	private static final java.util.Set<String> VARIANTS = java.util.Set.of("error.withActuals",
			"error.uncertainty.drawn", "error.inScenario");

	/** A problem in the words of the page, its values shown as a field of this kind shows them. */
	public String problem(Notice notice, JsonNode document, Locale locale, Optional<FieldKind> kind) {
		List<Object> args = notice.args();
		return switch (notice.key()) {
			case "error.between" -> {
				FieldKind k = kind.orElse(FieldKind.NUMBER);
				yield text("problem.between", locale, bound(args.get(0), k, document, locale),
						bound(args.get(1), k, document, locale));
			}
			case "error.evaluates.atLeast", "error.evaluates.moreThan", "error.evaluates.atMost" -> kind
					.filter(k -> k == FieldKind.PERCENT)
					.map(k -> text("problem." + notice.key().substring(6), locale, percent(args.get(0), locale),
							String.valueOf(args.get(1)), percent(args.get(2), locale)))
					.orElseGet(() -> notice.message(locale));
			case "error.withActuals", "error.uncertainty.drawn", "error.inScenario" ->
				// a problem found in a variant of the case: the field it is about named as the pages name it
				args.size() == 2 && args.get(1) instanceof Notice inner
						? text("problem." + notice.key().substring(6), locale, placed(Notice.of(String.valueOf(args.get(0)),
								inner.key(), inner.args().toArray()), document, locale))
						: notice.message(locale);
			case "error.groupRequired" -> text("problem.groupRequired", locale);
			case "error.financedNotCashCost" -> text("problem.financedNotCashCost", locale,
					lineName(document, "items", args.get(0)));
			case "error.emptyList" -> FieldSpec.of(notice.path())
					.map(spec -> text("problem.emptyList", locale, text(spec.label(), locale).toLowerCase(locale)))
					.orElseGet(() -> notice.message(locale));
			case "error.scopeNotFinanced" -> text("problem.scopeNotFinanced", locale,
					lineName(document, "activities", args.get(0)), lineName(document, "parties", args.get(1)));
			case "error.reversedYears" -> text("problem.reversedYears", locale,
					bound(args.get(0), FieldKind.YEAR, document, locale));
			case "error.onlyIncidental", "error.onlyStructural", "error.unknownParty", "error.unknownKey",
					"error.unknownGroup", "error.notFinite" -> text("problem." + notice.key().substring(6), locale,
							args.toArray());
			default -> notice.message(locale);
		};
	}

	/**
	 * The field a scenario's change sets ({@code scenarios[0].set.targetGroups.g1.reachRate} sets
	 * {@code targetGroups[].reachRate}), so that its limits read as that field's: a percentage as a percentage.
	 */
	private static Optional<FieldSpec> scenarioTarget(String path) {
		Matcher m = SCENARIO_SET.matcher(path);
		if (!m.matches()) {
			return Optional.empty();
		}
		String[] parts = m.group(1).split("\\.");
		if (parts.length == 1) {
			return FieldSpec.of(parts[0]);
		}
		if (parts[0].equals("parameters")) {
			return CaseSchema.at("parameters[0].value").map(f -> new FieldSpec(f, FieldKind.NUMBER));
		}
		for (int tail = 1; tail <= 2 && tail < parts.length - 1; tail++) {
			String field = String.join(".", Arrays.copyOfRange(parts, parts.length - tail, parts.length));
			Optional<FieldSpec> spec = FieldSpec.of(parts[0] + "[0]." + field);
			if (spec.isPresent()) {
				return spec;
			}
		}
		return Optional.empty();
	}

	private static final Pattern SCENARIO_SET = Pattern.compile("scenarios\\[\\d+]\\.set\\.(.+)");

	/** The name of a line of a list of the case, or its id when it has none (or is not there). */
	public static String lineName(JsonNode document, String list, Object id) {
		return document.path(list).valueStream().filter(l -> l.path("id").asString().equals(String.valueOf(id)))
				.map(l -> l.path("name").asString(String.valueOf(id))).findFirst().orElse(String.valueOf(id));
	}

	private static String percent(Object value, Locale locale) {
		return Amounts.percent(new BigDecimal(value.toString()).doubleValue(), locale);
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
	public String place(JsonNode document, String path, Locale locale) {
		Matcher actual = ACTUAL.matcher(path);
		if (actual.matches()) {
			// a realised figure: the Realisatie of its year, and its line when it names one
			String year = document.path("actuals").path(Integer.parseInt(actual.group(1))).path("year").asString("");
			String where = text("place.actuals", locale, year);
			if (actual.group(2) == null) {
				return where;
			}
			String list = actual.group(2);
			String id = actual.group(3);
			return where + ", " + text("place." + list, locale, lineName(document, list, id));
		}
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

	/** {@code actuals[0]}, {@code actuals[0].activities.ID.volume}, {@code actuals[0].parameters.ID}. */
	private static final Pattern ACTUAL = Pattern
			.compile("actuals\\[(\\d+)](?:\\.(parameters|targetGroups|activities|items)\\.([^.]+)(?:\\..*)?)?(?:\\..*)?");
	private static final Pattern LINE = Pattern
			.compile("(parties|targetGroups|activities|items|allocationKeys|parameters|arrangements|scenarios)\\[(\\d+)](?:\\..*)?");
	private static final JsonNodeFactory NODES =
			JsonNodeFactory.instance;

	private List<Option> options(JsonNode document, String path, FieldSpec spec, Locale locale) {
		List<Option> options = new ArrayList<>();
		String pattern = spec.field().path();
		Optional<String> list = References.list(pattern);
		if (list.isEmpty()) {
			if (spec.kind() == FieldKind.CHOICE && spec.field().defaultValue().isEmpty()
					&& pattern.endsWith(".domain")) {
				options.add(new Option("", text("field.none", locale)));
			}
			spec.field().choices().forEach(o -> options.add(new Option(o, text("choice." + o, locale))));
			return options;
		}
		// an arrangement may leave its group out only when the case has exactly one (calculation.md 6.5)
		boolean onlyGroup = !pattern.equals("arrangements[].group") || document.path("targetGroups").size() <= 1;
		if (spec.kind() == FieldKind.CHOICE && References.optional(pattern) && onlyGroup) {
			options.add(new Option("", text(References.noneKey(pattern), locale)));
		}
		document.path(list.get()).valueStream()
				.filter(line -> References.offers(pattern, line))
				.forEach(line -> options.add(new Option(line.path("id").asString(),
						line.path("name").asString(line.path("id").asString()))));
		return options;
	}

	/** For a weight or a share, the name of the party it is for. */
	private static String partyName(JsonNode document, String path) {
		int weights = path.indexOf(".weights.");
		String id;
		if (weights >= 0) {
			id = path.substring(weights + ".weights.".length());
		} else if (path.endsWith("].share")) {
			// a share of a list of parties: the party beside it
			id = DocumentPath.parse(path.substring(0, path.length() - "share".length()) + "party").get(document)
					.map(JsonNode::asString).orElse("");
		} else {
			return "";
		}
		return lineName(document, "parties", id);
	}

	public String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** What a field shows when it is empty, in words and tables alike. */
	public static final String EMPTY = "\u2014";

	/**
	 * A field's value as a reader reads it: a choice by its name, a list of choices or shares in words, yes or
	 * no, an amount with its unit, a formula with what it comes to; {@link #EMPTY} when it has none.
	 */
	public String shown(FieldView f, Locale locale) {
		if (f.isChoice()) {
			return f.options().stream().filter(o -> o.value().equals(f.value())).map(FieldView.Option::label)
					.findFirst().orElse(f.value().isEmpty() ? EMPTY : f.value());
		}
		if (f.kind() == FieldKind.SHARES) {
			return shares(f, locale);
		}
		if (f.isChoices()) {
			List<String> chosen = f.options().stream().filter(o -> f.selected().contains(o.value()))
					.map(FieldView.Option::label).toList();
			return chosen.isEmpty() ? EMPTY : String.join(", ", chosen);
		}
		if (f.isBool()) {
			return text(Boolean.parseBoolean(f.value()) ? "report.yes" : "report.no", locale);
		}
		if (f.value().isEmpty()) {
			return EMPTY;
		}
		boolean formula = f.value().startsWith("=");
		String value = !formula && f.suffix().equals(text("unit.euro", locale)) ? "€ " + f.value()
				: f.suffix().isEmpty() || formula ? f.value() : f.value() + " " + f.suffix();
		return f.hasEvaluated() ? value + " (" + f.evaluated() + ")" : value;
	}

	private String shares(FieldView f, Locale locale) {
		JsonNode stored = f.original().isEmpty() ? MissingNode.getInstance() : CaseJson.parse(f.original());
		List<String> parts = new ArrayList<>();
		for (JsonNode share : stored) {
			String party = share.isObject() ? share.path("party").asString() : share.asString();
			String name = f.options().stream().filter(o -> o.value().equals(party)).map(FieldView.Option::label)
					.findFirst().orElse(party);
			parts.add(share.path("share").isNumber()
					? name + " (" + Amounts.number(share.path("share").asDouble(), 2, locale) + ")" : name);
		}
		if (parts.isEmpty() && stored.isString()) {
			return f.options().stream().filter(o -> o.value().equals(stored.asString())).map(FieldView.Option::label)
					.findFirst().orElse(stored.asString());
		}
		return parts.isEmpty() ? EMPTY : String.join(", ", parts);
	}
}
