package nl.ontschot.engine.json;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ontschot.engine.model.Activity;
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
import tools.jackson.databind.JsonNode;

/**
 * Reads a case document (calculation.md section 2) into the model, applying every default and checking
 * every rule, so that each problem is reported with its path. Parties, target groups and keys are read
 * before the lines that refer to them.
 */
final class CaseReader {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
	private static final Set<String> CASE_FIELDS = Set.of("schemaVersion", "name", "description", "startYear",
			"horizonYears", "discountRate", "hoursPerFte", "implementation", "targetGroups", "includedCategories",
			"parties", "activities", "items", "allocationKeys", "settlement", "arrangements", "uncertainty",
			"conversation");
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
	private int horizon = -1;

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
			if (v != 1) {
				problems.add("schemaVersion", "error.schemaVersion", Integer.toString(v));
			}
		});
		String name = o.name("name");
		String description = o.text("description").orElse("");
		o.require("startYear");
		int startYear = o.integer("startYear", 2000, 1900, 2200);
		o.require("horizonYears");
		int errorsBefore = problems.count();
		int horizonYears = o.integer("horizonYears", 1, 1, 50);
		if (problems.count() == errorsBefore && o.given("horizonYears")) {
			horizon = horizonYears;
		}
		double discountRate = o.number("discountRate", 0, 0, 0.5);
		double hoursPerFte = o.number("hoursPerFte").orElse(1872);
		if (hoursPerFte <= 0) {
			problems.add("hoursPerFte", "error.positive");
		}
		Implementation implementation = o.given("implementation") ? implementation(o) : Implementation.NONE;
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
		if (problems.any()) {
			return Optional.empty();
		}
		return Optional.of(new Case(name, description, startYear, horizonYears, discountRate, hoursPerFte,
				implementation, targetGroups, included, parties, activities, items, keys, settlement));
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
			double population = o.number("population", 0, 0, 1e9);
			return new TargetGroup(id, o.text("name").orElse(""), o.text("description").orElse(""), population,
					o.number("reachRate", 1, 0, 1), o.number("successRate", 1, 0, 1));
		});
	}

	private Optional<AllocationKey> key(JsonNode node, String at, List<Party> parties) {
		return Obj.of(node, at, problems, KEY_FIELDS).map(o -> {
			String id = id(o);
			o.require("method");
			KeyMethod method = o.choice("method", KeyMethod.class).orElse(KeyMethod.EQUAL);
			List<String> listed = o.texts("parties");
			partyReferences(o, "parties", listed);
			if (o.given("parties") && o.raw("parties").isArray() && o.raw("parties").isEmpty()) {
				problems.add(o.path("parties"), "error.noParties");
			}
			Map<String, Double> weights = new LinkedHashMap<>();
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

	private Map<String, Double> weights(Obj o, List<String> listed) {
		Map<String, Double> weights = new LinkedHashMap<>();
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
			OptionalDouble weight = Obj.number(entry.getValue(), at, problems);
			if (weight.isPresent()) {
				if (weight.getAsDouble() < 0) {
					problems.add(at, "error.negative");
				} else {
					weights.put(entry.getKey(), weight.getAsDouble());
					sum += weight.getAsDouble();
				}
			}
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
			Optional<String> financier = partyReference(o, "financier");
			Basis basis = o.choice("basis", Basis.class).orElse(Basis.PER_SUCCESS);
			Optional<String> group = group(o, basis);
			o.require("current");
			Situation current = o.given("current") ? situation(o, "current", Optional.empty())
					: new Situation(0, 0, 0, 0);
			Situation future = o.given("future") ? situation(o, "future", Optional.of(current)) : current;
			double release = o.number("capacityRelease", 0, 0, 1);
			List<String> requires = o.texts("requires");
			partyReferences(o, "requires", requires);
			return new Activity(id, name, domain, unit, provider, financier, basis, group, current, future, release,
					requires);
		});
	}

	private Situation situation(Obj activity, String name, Optional<Situation> defaults) {
		return Obj.of(activity.raw(name), activity.path(name), problems, SITUATION_FIELDS).map(o -> {
			if (defaults.isEmpty()) {
				o.require("volume");
			}
			Situation d = defaults.orElse(new Situation(0, 0, 0, 0));
			return new Situation(o.nonNegative("volume", d.volume()), o.nonNegative("tariff", d.tariff()),
					o.nonNegative("unitCost", d.unitCost()), o.nonNegative("hoursPerUnit", d.hoursPerUnit()));
		}).orElse(new Situation(0, 0, 0, 0));
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
			double amount = amount(o);
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
					fromYear, toYear, amount, basis, group, followsEffect, party, allocation, domain, requires);
		});
	}

	/** A year index within the horizon; the range is only checked when the horizon itself is valid. */
	private int yearIndex(Obj o, String name, int fallback, int last) {
		if (horizon < 0) {
			return o.integer(name).orElse(fallback);
		}
		return o.integer(name, fallback, 0, last);
	}

	/** amount, or fte × costPerFte: exactly one of the two must be given. */
	private double amount(Obj o) {
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
		double a = o.nonNegative("amount", 0);
		double f = o.nonNegative("fte", 0);
		double c = o.nonNegative("costPerFte", 0);
		return amount ? a : f * c;
	}

	/** The target group of a line: required unless the basis is TOTAL or the case has exactly one group. */
	private Optional<String> group(Obj o, Basis basis) {
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
				} else if (keyMethod == KeyMethod.BY_BENEFIT) {
					problems.add(o.path("key"), "error.settlementKey", k);
				}
			});
			ValueBasis basis = o.choice("basis", ValueBasis.class).orElse(ValueBasis.PV);
			return new SettlementTerms(method, key, basis, o.bool("perYear").orElse(false),
					o.bool("includeCapacity").orElse(false));
		}).orElse(SettlementTerms.NONE);
	}

	private String id(Obj o) {
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

	private Optional<String> partyReference(Obj o, String name) {
		Optional<String> party = o.text(name);
		party.ifPresent(p -> {
			if (!partyIds.contains(p)) {
				problems.add(o.path(name), "error.unknownParty", p);
			}
		});
		return party;
	}

	private void partyReferences(Obj o, String name, List<String> parties) {
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
