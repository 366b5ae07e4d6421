package nl.ontschot.engine.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ontschot.engine.formula.Dependencies;
import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.formula.FormulaException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Activity;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Scenario;
import nl.ontschot.engine.model.Target;
import nl.ontschot.engine.model.Targets;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.model.AllocationKey;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Category;
import nl.ontschot.engine.model.Curve;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Implementation;
import nl.ontschot.engine.model.Item;
import nl.ontschot.engine.model.ItemType;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Nature;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.PartyType;
import nl.ontschot.engine.model.Recurrence;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.SettlementTerms;
import nl.ontschot.engine.model.Situation;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.Range;
import nl.ontschot.engine.schema.SchemaField;
import tools.jackson.databind.JsonNode;

/**
 * Reads a case document (calculation.md section 2) into the model, applying every default and checking
 * every rule, so that each problem is reported with its path. Parties, target groups and keys are read
 * before the lines that refer to them.
 */
final class CaseReader {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
	private static final Pattern PARAMETER_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
	/** Names a key figure may not take: the built-ins of formulas and their function names (6.1, 6.10). */
	private static final Set<String> RESERVED = Set.of("t", "year", "min", "max", "round", "if");
	private static final Set<String> CASE_FIELDS = Set.of("schemaVersion", "name", "description", "startYear",
			"horizonYears", "discountRate", "hoursPerFte", "implementation", "targetGroups", "includedCategories",
			"parties", "activities", "items", "allocationKeys", "settlement", "arrangements", "uncertainty",
			"conversation", "parameters", "scenarios", "actuals");
	private static final Set<String> PARAMETER_FIELDS = Set.of("id", "name", "value", "unit", "description");
	private static final Set<String> SHARE_FIELDS = Set.of("party", "share");
	private static final Set<String> PARTY_FIELDS = Set.of("id", "name", "type", "essential", "domains", "contact");
	private static final Set<String> GROUP_FIELDS = Set.of("id", "population", "name", "description", "reachRate",
			"successRate");
	private static final Set<String> ACTIVITY_FIELDS = Set.of("id", "name", "domain", "unit", "provider",
			"financier", "basis", "group", "current", "future", "capacityRelease", "requires");
	private static final Set<String> SITUATION_FIELDS = Set.of("volume", "tariff", "unitCost", "hoursPerUnit");
	private static final Set<String> ITEM_FIELDS = Set.of("id", "name", "type", "nature", "category", "recurrence",
			"year", "fromYear", "toYear", "amount", "fte", "costPerFte", "basis", "group", "followsEffect", "party",
			"allocation", "domain", "requires");
	private static final Set<String> KEY_FIELDS = Set.of("id", "method", "name", "parties", "weights", "basis");
	private static final Set<String> SETTLEMENT_FIELDS = Set.of("method", "key", "basis", "perYear",
			"includeCapacity");
	private static final Set<String> IMPLEMENTATION_FIELDS = Set.of("years", "curve");

	private final Problems problems = new Problems();
	private final Set<String> partyIds = new HashSet<>();
	private final Map<String, TargetGroup> groups = new HashMap<>();
	private final Map<String, KeyMethod> keyMethods = new HashMap<>();
	/** Every formula read, with its path: its names are checked once all key figures are known. */
	private final List<Map.Entry<String, Formula>> formulas = new ArrayList<>();
	/** Every numeric field given outside the key figures and scenarios, to evaluate when the case has problems. */
	private final List<PreparedCase.Field> fields = new ArrayList<>();
	private List<Parameter> parameters = List.of();
	private int startYear;
	/** Whether the formulas can be evaluated on their own: the years and the key figures read cleanly. */
	private boolean evaluable;
	private int horizon = -1;
	private int version = 2;

	Problems problems() {
		return problems;
	}

	/** The case, or empty when any problem was found (see {@link #problems()}). */
	Optional<Case> read(JsonNode root) {
		if (!CaseLimits.within(root, problems)) {
			// a case over its limits is not read further: reading it is what the limits guard against
			return Optional.empty();
		}
		invalidCharacters("", root);
		Optional<Obj> found = Obj.of(root, "", problems, CASE_FIELDS);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Obj o = found.get();
		o.require("schemaVersion");
		o.integer("schemaVersion").ifPresent(v -> {
			if (v == 1) {
				version = 1;
			} else if (v != 2) {
				problems.add("schemaVersion", "error.schemaVersion", Integer.toString(v));
			}
		});
		String name = o.name("name");
		String description = o.text("description").orElse("");
		o.require("startYear");
		startYear = o.integer("startYear", 2000, 1900, 2200);
		o.require("horizonYears");
		int errorsBefore = problems.count();
		int horizonYears = o.integer("horizonYears", 1, 1, 50);
		if (problems.count() == errorsBefore && o.given("horizonYears")) {
			horizon = horizonYears;
		}
		Quantity discountRate = quantity(o, "discountRate", "discountRate");
		Quantity hoursPerFte = quantity(o, "hoursPerFte", "hoursPerFte");
		Implementation implementation = o.given("implementation") ? implementation(o) : Implementation.NONE;
		parameters = onlyInVersion2(o, "parameters") ? readParameters(o) : List.of();
		List<Party> parties = readParties(o);
		List<TargetGroup> targetGroups = o.list("targetGroups", this::targetGroup);
		unique(o, "targetGroups");
		targetGroups.forEach(g -> groups.put(g.id(), g));
		Set<Category> included = o.given("includedCategories") ? setOf(o.choices("includedCategories", Category.class))
				: EnumSet.allOf(Category.class);
		List<AllocationKey> keys = o.list("allocationKeys", (n, at) -> key(n, at, parties));
		unique(o, "allocationKeys");
		keys.forEach(k -> keyMethods.put(k.id(), k.method()));
		List<Activity> activities = o.list("activities", this::activity);
		unique(o, "activities");
		List<Item> items = o.list("items", this::item);
		unique(o, "items");
		SettlementTerms settlement = o.given("settlement") ? settlement(o) : SettlementTerms.NONE;
		// a version 1 case keeps arrangements as notes for later: accepted and ignored (section 2)
		List<Arrangement> arrangements = version == 2 && o.given("arrangements")
				? new ArrangementReader(problems, this).read(o, horizon, targetGroups, activities, items, parameters)
				: List.of();
		unique(o, "arrangements");
		List<Actual> actuals = onlyInVersion2(o, "actuals")
				? new ActualsReader(problems).read(o, startYear, horizon, parameters, targetGroups, activities, items)
				: List.of();
		List<Scenario> scenarios = onlyInVersion2(o, "scenarios") ? o.list("scenarios", this::scenario) : List.of();
		unique(o, "scenarios");
		// a version 1 case keeps uncertainty as notes for later, as it does arrangements
		UncertaintyReader uncertaintyReader = new UncertaintyReader(problems);
		Uncertainty uncertainty = version == 2 && o.given("uncertainty") ? uncertaintyReader.read(o) : Uncertainty.NONE;
		checkNames(parameters);
		// a key figure that could not be read (or is circular) would make the values of others guesses
		evaluable = version == 2 && horizon >= 1 && problems.all().stream().noneMatch(n -> n.path().equals("startYear")
				|| n.path().startsWith("parameters") && !n.path().endsWith(".id"));
		// built also when there are problems already: scenario targets are resolved against it, so that their
		// problems come together with all others
		Case c = new Case(version, name, description, startYear, horizonYears, discountRate, hoursPerFte,
				implementation, parameters, targetGroups, included, parties, activities, items, keys, settlement,
				arrangements, scenarios, actuals, uncertainty);
		checkTargets(c);
		uncertaintyReader.checkTargets(c);
		return problems.any() ? Optional.empty() : Optional.of(c);
	}

	/**
	 * Every scenario target names a numeric field of the case, and a number given for it lies in that field's
	 * range (6.6), each reported at the change; a formula's values are checked per year by the calculation.
	 */
	private void checkTargets(Case c) {
		for (int i = 0; i < c.scenarios().size(); i++) {
			for (Map.Entry<String, Quantity> change : c.scenarios().get(i).set().entrySet()) {
				String at = "scenarios[" + i + "].set." + change.getKey();
				try {
					Target target = Targets.resolve(c, change.getKey());
					if (change.getValue() instanceof Quantity.Fixed fixed) {
						outOfRange(CaseSchema.field(schemaPattern(target)).range(), fixed.value())
								.ifPresent(n -> problems.add(at, n.key(), n.args().toArray()));
					}
				} catch (Targets.Refused refused) {
					problems.add(at, refused.notice().key(), refused.notice().args().toArray());
				}
			}
		}
	}

	/** The schema table's pattern of the field a target names ({@code activities[].current.volume}). */
	static String schemaPattern(Target target) {
		return switch (target.kind()) {
			case CASE -> target.field();
			case PARAMETER -> "parameters[].value";
			case TARGET_GROUP -> "targetGroups[]." + target.field();
			case ACTIVITY -> "activities[]." + target.field();
			case ITEM -> "items[]." + target.field();
			case ARRANGEMENT -> "arrangements[]." + target.field();
		};
	}

	/**
	 * The problems of evaluating the formulas in every year (6.1) of a case that has other problems, so that
	 * these come at once with the rest; none when the years, key figures or names are not known well enough.
	 */
	List<Notice> evaluationProblems() {
		if (!evaluable) {
			return List.of();
		}
		Set<String> ids = new HashSet<>();
		parameters.forEach(p -> ids.add(p.id()));
		// a formula with an unknown name is reported as such; it has no value to check
		List<PreparedCase.Field> known = fields.stream().filter(f -> !(f.quantity() instanceof Quantity.Computed q)
				|| ids.containsAll(q.formula().names())).toList();
		return PreparedCase.evaluationProblems(startYear, horizon, parameters, known);
	}

	/** Whether the case version may use a field of version 2 (6); a version 1 case that gives it is refused. */
	private boolean onlyInVersion2(Obj o, String name) {
		if (!o.given(name)) {
			return false;
		}
		if (version == 1) {
			problems.add(o.path(name), "error.needsVersion2");
			return false;
		}
		return true;
	}

	private List<Parameter> readParameters(Obj c) {
		List<Parameter> parameters = c.list("parameters", (node, at) -> Obj.of(node, at, problems, PARAMETER_FIELDS)
				.map(o -> {
					o.require("id");
					String id = o.text("id").orElse("");
					o.text("id").ifPresent(v -> {
						if (RESERVED.contains(v)) {
							problems.add(o.path("id"), "error.reservedName", v);
						} else if (!PARAMETER_ID.matcher(v).matches()) {
							problems.add(o.path("id"), "error.parameterId");
						}
					});
					o.require("value");
					// the key figures are evaluated first of all, not as one of the fields
					Quantity value = o.given("value")
							? parse(o.raw("value"), o.path("value"), CaseSchema.field("parameters[].value"))
									.orElse(Quantity.of(0))
							: Quantity.of(0);
					return new Parameter(id, o.text("name").orElse(""), value, o.text("unit").orElse(""),
							o.text("description").orElse(""));
				}));
		unique(c, "parameters");
		return parameters;
	}

	/**
	 * Every name a formula uses is a key figure, and key figures do not depend on themselves (6.1): each unknown
	 * name at its field, a cycle at the first key figure on it.
	 */
	private void checkNames(List<Parameter> parameters) {
		Set<String> ids = new HashSet<>();
		parameters.forEach(p -> ids.add(p.id()));
		for (Map.Entry<String, Formula> f : formulas) {
			for (String name : f.getValue().names()) {
				if (!ids.contains(name)) {
					problems.add(f.getKey(), "error.formula.unknownName", name);
				}
			}
		}
		List<String> order = parameters.stream().map(Parameter::id).toList();
		List<List<String>> refs = parameters.stream().map(p -> p.value() instanceof Quantity.Computed c
				? c.formula().names() : List.<String>of()).toList();
		try {
			Dependencies.order(order, refs);
		} catch (Dependencies.CircularException e) {
			problems.add("parameters[" + e.at() + "].value", "error.formula.circular", e.path());
		}
	}

	/**
	 * A numeric field as the schema table describes it: not given is its default; a number is checked against
	 * its range here; a formula (version 2) is parsed here and evaluated, and its value checked, by the
	 * calculation.
	 */
	Quantity quantity(Obj o, String name, String pattern) {
		SchemaField field = CaseSchema.field(pattern);
		if (!o.given(name)) {
			return Quantity.of(field.defaultValue().map(Double::parseDouble).orElse(0.0));
		}
		return quantity(o.raw(name), o.path(name), field).orElse(Quantity.of(0));
	}

	Optional<Quantity> quantity(JsonNode node, String at, SchemaField field) {
		Optional<Quantity> q = parse(node, at, field);
		q.ifPresent(v -> fields.add(new PreparedCase.Field(at, field, v)));
		return q;
	}

	/** A number or formula for a field, not kept as one of the case's own fields (a key figure, a scenario's). */
	private Optional<Quantity> parse(JsonNode node, String at, SchemaField field) {
		if (node.isString() && Formula.isFormula(node.asString())) {
			if (version == 1) {
				problems.add(at, "error.needsVersion2");
				return Optional.empty();
			}
			try {
				Formula formula = Formula.parse(node.asString());
				formulas.add(Map.entry(at, formula));
				return Optional.of(new Quantity.Computed(formula));
			} catch (FormulaException e) {
				problems.add(at, e.key(), e.args().toArray());
				return Optional.empty();
			}
		}
		OptionalDouble value = Obj.number(node, at, problems);
		if (value.isEmpty()) {
			// a negative number too large to hold breaks the field's lower limit as well: both are said, each on
			// its own, or whoever fixes the size learns of the sign only on the next try
			if (negative(node) && field.range().min() >= 0) {
				outOfRange(field.range(), -1).ifPresent(n -> problems.add(at, n.key(), n.args().toArray()));
			}
			return Optional.empty();
		}
		Optional<Notice> outside = outOfRange(field.range(), value.getAsDouble());
		outside.ifPresent(n -> problems.add(at, n.key(), n.args().toArray()));
		return outside.isPresent() ? Optional.empty() : Optional.of(Quantity.of(value.getAsDouble()));
	}

	/** Whether a number is below 0, also one beyond a double's range (its conversion to a double throws). */
	private static boolean negative(JsonNode node) {
		return node.isBigInteger() ? node.bigIntegerValue().signum() < 0
				: node.isBigDecimal() ? node.decimalValue().signum() < 0 : node.isNumber() && node.asDouble() < 0;
	}

	/** The sentence for a value outside a field's range, in the words of section 2. */
	static Optional<Notice> outOfRange(Range range, double v) {
		if (range.contains(v)) {
			return Optional.empty();
		}
		if (range.minExclusive() && range.min() == 0 && range.below(v)) {
			return Optional.of(Notice.of("", "error.positive"));
		}
		if (range.min() == 0 && range.max() == Range.MAX_MAGNITUDE) {
			return Optional.of(Notice.of("", "error.negative"));
		}
		if (range.min() == -Range.MAX_MAGNITUDE) {
			return Optional.of(Notice.of("", "error.notFinite"));
		}
		return Optional.of(Notice.of("", "error.between", range.min(), range.max()));
	}

	Optional<Scenario> scenario(JsonNode node, String at) {
		return Obj.of(node, at, problems, Set.of("id", "name", "description", "set")).map(o -> {
			String id = id(o);
			if (id.equals("base")) {
				problems.add(o.path("id"), "error.reservedScenario");
			}
			o.require("set");
			Map<String, Quantity> set = new LinkedHashMap<>();
			if (o.given("set")) {
				JsonNode values = o.raw("set");
				if (!values.isObject()) {
					problems.add(o.path("set"), "error.notObject");
				} else {
					for (Map.Entry<String, JsonNode> e : values.properties()) {
						String target = o.path("set") + "." + e.getKey();
						parse(e.getValue(), target, CaseSchema.field("scenarios[].set.*"))
								.ifPresent(q -> set.put(e.getKey(), q));
					}
				}
			}
			return new Scenario(id, o.text("name").orElse(""), o.text("description").orElse(""), set);
		});
	}

	/** A list of {@code {party, share}} (6.3, 6.5): each party of the case once, shares more than 0. */
	List<PartyShare> shares(Obj o, String name, String pattern) {
		List<PartyShare> shares = o.list(name, (node, at) -> Obj.of(node, at, problems, SHARE_FIELDS).map(s -> {
			s.require("party");
			String party = partyReference(s, "party").orElse("");
			s.require("share");
			return new PartyShare(party, quantity(s, "share", pattern));
		}));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < shares.size(); i++) {
			if (!seen.add(shares.get(i).party())) {
				problems.add(o.path(name) + "[" + i + "].party", "error.duplicateParty", shares.get(i).party());
			}
		}
		if (o.given(name) && o.raw(name).isArray() && o.raw(name).isEmpty()) {
			problems.add(o.path(name), "error.noParties");
		}
		return shares;
	}

	/**
	 * A NUL character or half of a UTF-16 pair (a JSON escape such as {@code \ud800} alone) in any text or
	 * field name: no database stores them faithfully, and no person typed them.
	 */
	private void invalidCharacters(String path, JsonNode node) {
		if (node.isString()) {
			invalidCharacters(path, node.asString());
		} else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String at = Obj.child(path, field.getKey());
				invalidCharacters(at, field.getKey());
				invalidCharacters(at, field.getValue());
			}
		} else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				invalidCharacters(path + "[" + i + "]", node.get(i));
			}
		}
	}

	private void invalidCharacters(String path, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				problems.add(path, "error.nul");
				return;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				problems.add(path, "error.halfCharacter");
				return;
			}
		}
	}

	private static Set<Category> setOf(List<Category> categories) {
		return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
	}

	private Implementation implementation(Obj c) {
		return Obj.of(c.raw("implementation"), "implementation", problems, IMPLEMENTATION_FIELDS).map(o -> {
			int years = o.integer("years", 0, 0, 50);
			if (horizon >= 0 && years > horizon) {
				problems.add(o.path("years"), "error.implementationYears", Integer.toString(horizon));
			}
			Curve curve = o.choice("curve", Curve.class).orElse(Curve.LINEAR);
			return new Implementation(years, curve);
		}).orElse(Implementation.NONE);
	}

	private List<Party> readParties(Obj c) {
		c.require("parties");
		List<Party> parties = c.list("parties", (node, at) -> Obj.of(node, at, problems, PARTY_FIELDS).map(o -> {
			String id = id(o);
			String name = o.name("name");
			o.require("type");
			PartyType type = o.choice("type", PartyType.class).orElse(PartyType.OTHER);
			boolean essential = o.bool("essential").orElse(false);
			List<Domain> domains = o.choices("domains", Domain.class);
			String contact = o.text("contact").orElse("");
			return new Party(id, name, type, essential, domains, contact);
		}));
		if (c.given("parties") && c.raw("parties").isArray() && c.raw("parties").isEmpty()) {
			problems.add("parties", "error.noParties");
		}
		unique(c, "parties");
		parties.forEach(p -> partyIds.add(p.id()));
		return parties;
	}

	private Optional<TargetGroup> targetGroup(JsonNode node, String at) {
		return Obj.of(node, at, problems, GROUP_FIELDS).map(o -> {
			String id = id(o);
			o.require("population");
			return new TargetGroup(id, o.text("name").orElse(""), o.text("description").orElse(""),
					quantity(o, "population", "targetGroups[].population"),
					quantity(o, "reachRate", "targetGroups[].reachRate"),
					quantity(o, "successRate", "targetGroups[].successRate"));
		});
	}

	private Optional<AllocationKey> key(JsonNode node, String at, List<Party> parties) {
		return Obj.of(node, at, problems, KEY_FIELDS).map(o -> {
			String id = id(o);
			o.require("method");
			KeyMethod method = o.choice("method", KeyMethod.class).orElse(KeyMethod.EQUAL);
			if (method == KeyMethod.BY_EXPENSE && version == 1) {
				problems.add(o.path("method"), "error.needsVersion2");
			}
			List<String> listed = o.texts("parties");
			partyReferences(o, "parties", listed);
			if (o.given("parties") && o.raw("parties").isArray() && o.raw("parties").isEmpty()) {
				problems.add(o.path("parties"), "error.noParties");
			}
			Map<String, Quantity> weights = new LinkedHashMap<>();
			if (method == KeyMethod.WEIGHTS) {
				weights = weights(o, listed);
			} else if (o.given("weights")) {
				problems.add(o.path("weights"), "error.weightsOnlyForWeights");
			}
			List<String> keyParties = o.given("parties") ? listed
					: method == KeyMethod.WEIGHTS ? List.copyOf(weights.keySet())
							: parties.stream().map(Party::id).toList();
			return new AllocationKey(id, o.text("name").orElse(""), method, keyParties, weights,
					o.text("basis").orElse(""));
		});
	}

	private Map<String, Quantity> weights(Obj o, List<String> listed) {
		Map<String, Quantity> weights = new LinkedHashMap<>();
		if (!o.given("weights")) {
			problems.add(o.path("weights"), "error.weightsRequired");
			return weights;
		}
		JsonNode node = o.raw("weights");
		if (!node.isObject()) {
			problems.add(o.path("weights"), "error.notObject");
			return weights;
		}
		double sum = 0;
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String at = o.path("weights") + "." + entry.getKey();
			if (!partyIds.contains(entry.getKey())) {
				problems.add(at, "error.unknownParty", entry.getKey());
			} else if (o.given("parties") && !listed.contains(entry.getKey())) {
				problems.add(at, "error.weightNotListed", entry.getKey());
			}
			Optional<Quantity> weight = quantity(entry.getValue(), at, CaseSchema.field("allocationKeys[].weights.*"));
			weight.ifPresent(w -> weights.put(entry.getKey(), w));
			// a formula's weight is known once evaluated: the calculation checks the sum then
			sum += weight.map(w -> w instanceof Quantity.Fixed f ? f.value() : 1.0).orElse(0.0);
		}
		for (String party : listed) {
			if (!node.has(party)) {
				problems.add(o.path("weights"), "error.noWeight", party);
			}
		}
		if (sum <= 0 && !weights.isEmpty()) {
			problems.add(o.path("weights"), "error.weightsSum");
		}
		if (node.isEmpty()) {
			problems.add(o.path("weights"), "error.weightsSum");
		}
		return weights;
	}

	private Optional<Activity> activity(JsonNode node, String at) {
		return Obj.of(node, at, problems, ACTIVITY_FIELDS).map(o -> {
			String id = id(o);
			String name = o.name("name");
			Optional<Domain> domain = o.choice("domain", Domain.class);
			String unit = o.text("unit").orElse("");
			o.require("provider");
			String provider = partyReference(o, "provider").orElse("");
			List<PartyShare> financiers = financiers(o);
			Basis basis = o.choice("basis", Basis.class).orElse(Basis.PER_SUCCESS);
			Optional<String> group = group(o, basis);
			o.require("current");
			Situation current = o.given("current") ? situation(o, "current", Optional.empty()) : Situation.NONE;
			Situation future = o.given("future") ? situation(o, "future", Optional.of(current)) : current;
			Quantity release = quantity(o, "capacityRelease", "activities[].capacityRelease");
			List<String> requires = o.texts("requires");
			partyReferences(o, "requires", requires);
			return new Activity(id, name, domain, unit, provider, financiers, basis, group, current, future, release,
					requires);
		});
	}

	/** The financier: one party id, or (6.3) a list of parties that pay together. */
	private List<PartyShare> financiers(Obj o) {
		if (!o.given("financier")) {
			return List.of();
		}
		if (o.raw("financier").isArray()) {
			if (version == 1) {
				problems.add(o.path("financier"), "error.needsVersion2");
				return List.of();
			}
			return shares(o, "financier", "activities[].financier[].share");
		}
		return partyReference(o, "financier").map(p -> List.of(new PartyShare(p, Quantity.of(1))))
				.orElse(List.of());
	}

	/** A side of an activity; a future field not given is the current one (the very same quantity). */
	private Situation situation(Obj activity, String name, Optional<Situation> defaults) {
		return Obj.of(activity.raw(name), activity.path(name), problems, SITUATION_FIELDS).map(o -> {
			if (defaults.isEmpty()) {
				o.require("volume");
			}
			Situation d = defaults.orElse(Situation.NONE);
			String side = "activities[]." + name + ".";
			return new Situation(side(o, "volume", side, d.volume()), side(o, "tariff", side, d.tariff()),
					side(o, "unitCost", side, d.unitCost()), side(o, "hoursPerUnit", side, d.hoursPerUnit()));
		}).orElse(Situation.NONE);
	}

	private Quantity side(Obj o, String field, String side, Quantity fallback) {
		return o.given(field) ? quantity(o, field, side + field) : fallback;
	}

	private Optional<Item> item(JsonNode node, String at) {
		return Obj.of(node, at, problems, ITEM_FIELDS).map(o -> {
			String id = id(o);
			String name = o.name("name");
			o.require("type");
			ItemType type = o.choice("type", ItemType.class).orElse(ItemType.COST);
			Nature nature = o.choice("nature", Nature.class).orElse(Nature.CASH);
			Category category = o.choice("category", Category.class).orElse(Category.OTHER);
			o.require("recurrence");
			Optional<Recurrence> recurrence = o.choice("recurrence", Recurrence.class);
			int last = horizon >= 1 ? horizon - 1 : 49;
			int year = 0;
			int fromYear = 0;
			int toYear = last;
			if (recurrence.orElse(null) == Recurrence.INCIDENTAL) {
				year = yearIndex(o, "year", 0, last);
				for (String field : List.of("fromYear", "toYear")) {
					if (o.given(field)) {
						problems.add(o.path(field), "error.onlyStructural");
					}
				}
			} else if (recurrence.orElse(null) == Recurrence.STRUCTURAL) {
				fromYear = yearIndex(o, "fromYear", 0, last);
				toYear = yearIndex(o, "toYear", last, last);
				if (fromYear > toYear) {
					problems.add(o.path("toYear"), "error.reversedYears", Integer.toString(fromYear));
				}
				if (o.given("year")) {
					problems.add(o.path("year"), "error.onlyIncidental");
				}
			}
			boolean byAmount = amount(o);
			Optional<Quantity> amount = byAmount ? Optional.of(quantity(o, "amount", "items[].amount")) : Optional.empty();
			Optional<Quantity> fte = byAmount ? Optional.empty() : Optional.of(quantity(o, "fte", "items[].fte"));
			Optional<Quantity> costPerFte = byAmount ? Optional.empty()
					: Optional.of(quantity(o, "costPerFte", "items[].costPerFte"));
			Basis basis = o.choice("basis", Basis.class).orElse(Basis.TOTAL);
			Optional<String> group = group(o, basis);
			boolean followsEffect = o.bool("followsEffect").orElse(type == ItemType.BENEFIT);
			Optional<String> party = partyReference(o, "party");
			Optional<String> allocation = o.text("allocation");
			allocation.ifPresent(key -> {
				if (!keyMethods.containsKey(key)) {
					problems.add(o.path("allocation"), "error.unknownKey", key);
				}
			});
			if (!o.given("party") && !o.given("allocation")) {
				problems.add(o.path("party"), "error.partyOrAllocation");
			}
			Optional<Domain> domain = o.choice("domain", Domain.class);
			List<String> requires = o.texts("requires");
			partyReferences(o, "requires", requires);
			return new Item(id, name, type, nature, category, recurrence.orElse(Recurrence.INCIDENTAL), year,
					fromYear, toYear, amount, fte, costPerFte, basis, group, followsEffect, party, allocation, domain,
					requires);
		});
	}

	/** A year index within the horizon; the range is only checked when the horizon itself is valid. */
	int yearIndex(Obj o, String name, int fallback, int last) {
		if (horizon < 0) {
			return o.integer(name).orElse(fallback);
		}
		return o.integer(name, fallback, 0, last);
	}

	/** amount, or fte × costPerFte: exactly one of the two must be given. Whether the item gives an amount. */
	private boolean amount(Obj o) {
		boolean amount = o.given("amount");
		boolean fte = o.given("fte");
		boolean cost = o.given("costPerFte");
		if (amount && (fte || cost)) {
			problems.add(o.path("amount"), "error.amountAndFte");
		} else if (!amount && !fte && !cost) {
			problems.add(o.path("amount"), "error.amountMissing");
		} else if (!amount && fte != cost) {
			problems.add(o.path(fte ? "costPerFte" : "fte"), "error.fteIncomplete");
		}
		return amount;
	}

	/** The target group of a line: required unless the basis is TOTAL or the case has exactly one group. */
	Optional<String> group(Obj o, Basis basis) {
		Optional<String> group = o.text("group");
		if (group.isPresent()) {
			if (!groups.containsKey(group.get())) {
				problems.add(o.path("group"), "error.unknownGroup", group.get());
			}
			return basis == Basis.TOTAL ? Optional.empty() : group;
		}
		if (basis == Basis.TOTAL) {
			return Optional.empty();
		}
		if (groups.size() == 1) {
			return Optional.of(groups.keySet().iterator().next());
		}
		problems.add(o.path("group"), "error.groupRequired", basis.name());
		return Optional.empty();
	}

	private SettlementTerms settlement(Obj c) {
		return Obj.of(c.raw("settlement"), "settlement", problems, SETTLEMENT_FIELDS).map(o -> {
			SettlementMethod method = o.choice("method", SettlementMethod.class).orElse(SettlementMethod.NONE);
			Optional<String> key = o.text("key");
			key.ifPresent(k -> {
				KeyMethod keyMethod = keyMethods.get(k);
				if (keyMethod == null) {
					problems.add(o.path("key"), "error.unknownKey", k);
				} else if (keyMethod != KeyMethod.EQUAL && keyMethod != KeyMethod.WEIGHTS) {
					// section 2: KEY_SHARE divides by fixed shares, so BY_BENEFIT and BY_EXPENSE keys are refused
					problems.add(o.path("key"), "error.settlementKey", k, keyMethod.name());
				}
			});
			ValueBasis basis = o.choice("basis", ValueBasis.class).orElse(ValueBasis.PV);
			return new SettlementTerms(method, key, basis, o.bool("perYear").orElse(false),
					o.bool("includeCapacity").orElse(false));
		}).orElse(SettlementTerms.NONE);
	}

	String id(Obj o) {
		o.require("id");
		Optional<String> id = o.text("id");
		id.ifPresent(v -> {
			if (!ID.matcher(v).matches()) {
				problems.add(o.path("id"), "error.id");
			}
		});
		return id.orElse("");
	}

	/** Reports every id that an earlier element of the list already has. */
	private void unique(Obj c, String list) {
		if (!c.given(list) || !c.raw(list).isArray()) {
			return;
		}
		Set<String> seen = new HashSet<>();
		JsonNode nodes = c.raw(list);
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode id = nodes.get(i).get("id");
			if (id != null && id.isString() && !id.asString().isEmpty() && !seen.add(id.asString())) {
				problems.add(list + "[" + i + "].id", "error.duplicateId", id.asString());
			}
		}
	}

	boolean isParty(String id) {
		return partyIds.contains(id);
	}

	Optional<String> partyReference(Obj o, String name) {
		Optional<String> party = o.text(name);
		party.ifPresent(p -> {
			if (!partyIds.contains(p)) {
				problems.add(o.path(name), "error.unknownParty", p);
			}
		});
		return party;
	}

	void partyReferences(Obj o, String name, List<String> parties) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < parties.size(); i++) {
			String p = parties.get(i);
			String at = o.path(name) + "[" + i + "]";
			if (!partyIds.contains(p)) {
				problems.add(at, "error.unknownParty", p);
			} else if (!seen.add(p)) {
				problems.add(at, "error.duplicateParty", p);
			}
		}
	}
}
