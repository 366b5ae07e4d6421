package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ontschot.engine.model.ArrangementType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of each type of financing arrangement (calculation.md 6.5): which terms it shows, the valid terms
 * a new one starts with, and the terms that follow a choice (an impact bond's mode, a condition's kind).
 */
public final class ArrangementForms {

	private ArrangementForms() {
	}

	/** The terms of a line's form, in the order a person fills them in. */
	public static List<String> fields(JsonNode line) {
		List<String> fields = new ArrayList<>(List.of("name"));
		String type = line.path("type").asString();
		switch (ArrangementType.valueOf(type)) {
			case SHARED_SAVINGS -> fields.addAll(List.of("payer", "recipients", "scope", "sharingRate",
					"minimumSavingsRate", "cap", "twoSided", "lossSharingRate"));
			case FIXED_PAYMENT -> fields.addAll(List.of("payer", "recipients", "scope", "price", "per", "group"));
			case OUTCOME_PAYMENT -> fields.addAll(List.of("payer", "recipients", "amount", "per", "group"));
			case IMPACT_BOND -> {
				fields.addAll(List.of("investor", "financed", "outcomePayers", "mode"));
				fields.addAll("PER_OUTCOME".equals(line.path("mode").asString())
						? List.of("price", "group", "maxReturnRate") : List.of("returnRate", "repaymentYear"));
			}
			case REVOLVING_FUND -> fields.addAll(List.of("fundHolder", "financed", "beneficiaries", "capAtSavings"));
			case POOLED_BUDGET -> fields.addAll(List.of("holder", "contributors", "scope", "budget", "surplus"));
		}
		if (hasCondition(line)) {
			fields.addAll(List.of("condition.parameter", "condition.group"));
			JsonNode condition = line.path("condition");
			if (condition.has("parameter")) {
				fields.add("condition.atLeast");
			} else if (condition.has("group")) {
				fields.add("condition.successRateAtLeast");
			}
		}
		fields.addAll(List.of("fromYear", "toYear"));
		for (String list : List.of("recipients", "contributors", "outcomePayers")) {
			for (int i = 0; i < line.path(list).size(); i++) {
				fields.add(list + "[" + i + "].share");
			}
		}
		return fields;
	}

	/** Whether a line's type and mode take a condition. */
	private static boolean hasCondition(JsonNode line) {
		String type = line.path("type").asString();
		return type.equals("OUTCOME_PAYMENT")
				|| type.equals("IMPACT_BOND") && !"PER_OUTCOME".equals(line.path("mode").asString());
	}

	/**
	 * A new arrangement of a type with terms that hold on the case as it is: the first financier of an
	 * activity pays, its provider receives, a fixed payment is what the payer pays that provider now per year,
	 * an investor (or a fund) that bears none of it finances the first cash cost.
	 */
	public static ObjectNode fresh(ObjectNode line, String type, JsonNode document, ToDoubleBiFunction<String, String> expense,
			String name) {
		ArrangementType t = ArrangementType.valueOf(type);
		line.put("type", t.name()).put("name", name);
		JsonNode activity = document.path("activities").valueStream()
				.filter(a -> !firstFinancier(a).isEmpty()).findFirst().orElse(document.path("activities").path(0));
		String firstParty = document.path("parties").path(0).path("id").asString();
		String payer = Optional.of(firstFinancier(activity)).filter(p -> !p.isEmpty()).orElse(firstParty);
		String provider = activity.path("provider").asString(firstParty);
		List<String> scope = document.path("activities").valueStream()
				.filter(a -> financiers(a).contains(payer)).map(a -> a.path("id").asString()).toList();
		List<String> cashCosts = document.path("items").valueStream()
				.filter(i -> i.path("type").asString().equals("COST") && i.path("nature").asString("CASH").equals("CASH"))
				.map(i -> i.path("id").asString()).limit(1).toList();
		// an investor of the case, else a party that neither bears the financed cost (itself or by a key) nor
		// pays for the outcome
		List<String> ids = document.path("parties").valueStream().map(p -> p.path("id").asString()).toList();
		List<String> bearers = document.path("items").valueStream()
				.filter(i -> cashCosts.contains(i.path("id").asString())).findFirst()
				.map(i -> bearers(i, document, ids)).orElse(List.of());
		String investor = document.path("parties").valueStream()
				.filter(p -> p.path("type").asString().equals("INVESTOR")).map(p -> p.path("id").asString())
				.findFirst().orElseGet(() -> ids.stream().filter(p -> !bearers.contains(p) && !p.equals(payer))
						.findFirst().orElse(firstParty));
		// a fixed payment for what the payer buys of one provider: that provider receives the difference
		List<String> providerScope = document.path("activities").valueStream()
				.filter(a -> financiers(a).contains(payer) && a.path("provider").asString().equals(provider))
				.map(a -> a.path("id").asString()).toList();
		switch (t) {
			case SHARED_SAVINGS -> {
				line.put("payer", payer);
				shares(line, "recipients", provider);
				line.put("sharingRate", 0.5);
			}
			case FIXED_PAYMENT -> {
				line.put("payer", payer);
				shares(line, "recipients", provider);
				ids(line, "scope", providerScope);
				// a lump sum of what the payer pays the provider now: it keeps what the innovation saves
				line.put("price", Math.round(expense.applyAsDouble(payer, provider))).put("per", "YEAR");
			}
			case OUTCOME_PAYMENT -> {
				line.put("payer", payer);
				shares(line, "recipients", provider);
				line.put("amount", 0).put("per", "YEAR");
			}
			case IMPACT_BOND -> {
				line.put("investor", investor);
				ids(line, "financed", cashCosts);
				shares(line, "outcomePayers", payer);
				line.put("mode", "PRINCIPAL_PLUS_RETURN").put("returnRate", 0.05);
			}
			case REVOLVING_FUND -> {
				// the fund is held apart from the party whose gains refill it
				line.put("fundHolder", investor);
				ids(line, "financed", cashCosts);
				ids(line, "beneficiaries", List.of(payer));
			}
			case POOLED_BUDGET -> {
				line.put("holder", payer);
				shares(line, "contributors", payer);
				ids(line, "scope", scope);
			}
		}
		return line;
	}

	/** Who bears an item: its party, or the parties of its allocation key (every party when the key names none). */
	private static List<String> bearers(JsonNode item, JsonNode document, List<String> parties) {
		String key = item.path("allocation").asString("");
		if (key.isEmpty()) {
			return List.of(item.path("party").asString(""));
		}
		return document.path("allocationKeys").valueStream().filter(k -> k.path("id").asString().equals(key))
				.findFirst().map(k -> k.has("parties") ? k.path("parties").valueStream().map(JsonNode::asString)
						.toList() : k.has("weights") ? List.copyOf(k.path("weights").propertyNames()) : parties)
				.orElse(parties);
	}

	private static String firstFinancier(JsonNode activity) {
		List<String> all = financiers(activity);
		return all.isEmpty() ? "" : all.get(0);
	}

	private static List<String> financiers(JsonNode activity) {
		JsonNode f = activity.path("financier");
		return f.isArray() ? f.valueStream().map(s -> s.path("party").asString()).toList()
				: f.isString() ? List.of(f.asString()) : List.of();
	}

	private static void shares(ObjectNode line, String field, String party) {
		line.putArray(field).addObject().put("party", party).put("share", 1);
	}

	private static void ids(ObjectNode line, String field, List<String> ids) {
		ArrayNode list = line.putArray(field);
		ids.forEach(list::add);
	}

	private static final Pattern TERM = Pattern.compile("arrangements\\[(\\d+)]\\.(mode|condition\\.(parameter|group))");

	/**
	 * Keeps an arrangement whole after one of its terms changed: a mode brings its own required terms and drops
	 * the other mode's; a condition is on a key figure or on a success rate, and goes when neither is chosen.
	 */
	static void align(ObjectNode tree, String path) {
		Matcher m = TERM.matcher(path);
		if (!m.matches() || !(tree.path("arrangements").path(Integer.parseInt(m.group(1))) instanceof ObjectNode line)) {
			return;
		}
		if (m.group(2).equals("mode")) {
			if ("PER_OUTCOME".equals(line.path("mode").asString())) {
				line.remove(List.of("returnRate", "repaymentYear", "condition"));
				if (!line.has("price")) {
					line.put("price", 0);
				}
			} else {
				line.remove(List.of("price", "maxReturnRate", "group"));
				if (!line.has("returnRate")) {
					line.put("returnRate", 0);
				}
			}
			return;
		}
		if (!(line.path("condition") instanceof ObjectNode condition)) {
			return;
		}
		boolean onParameter = m.group(3).equals("parameter");
		if (!condition.has(m.group(3))) {
			line.remove("condition");
		} else if (onParameter) {
			condition.remove(List.of("group", "successRateAtLeast"));
			if (!condition.has("atLeast")) {
				condition.put("atLeast", 0);
			}
		} else {
			condition.remove(List.of("parameter", "atLeast"));
			if (!condition.has("successRateAtLeast")) {
				condition.put("successRateAtLeast", 0);
			}
		}
	}
}
