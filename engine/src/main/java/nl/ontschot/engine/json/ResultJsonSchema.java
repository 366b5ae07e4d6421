package nl.ontschot.engine.json;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.ValueBasis;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of a calculation result (calculation.md section 4, additions of version 2 in 6.9), as
 * {@link ResultJson} writes it. The schema table describes cases only, so this one is written from the result
 * records here, beside the writer it must agree with. Results may gain fields: objects stay open.
 */
public final class ResultJsonSchema {

	private static final List<String> MONEY = List.of("itemCosts", "itemBenefits", "revenueChange",
			"operatingCostChange", "expenseChange", "arrangementTransfers", "net", "capacity", "societal",
			"hoursChange");

	private ResultJsonSchema() {
	}

	/** The named schemas {@code CalculationResult} and the parts a client handles on their own. */
	public static Map<String, ObjectNode> definitions(String refs) {
		Map<String, ObjectNode> definitions = new LinkedHashMap<>();
		definitions.put("CalculationResult", result(refs));
		definitions.put("PartyResult", party(refs));
		definitions.put("YearFlows", flows(false, true));
		definitions.put("TotalFlows", flows(true, false));
		definitions.put("PresentValue", object("Present values over the horizon, at the case's discountRate.",
				props("net", number(), "capacity", number(), "societal", number()), "net", "capacity", "societal"));
		definitions.put("SettlementResult", settlement());
		definitions.put("ArrangementResult", arrangement());
		return definitions;
	}

	private static ObjectNode result(String refs) {
		Map<String, ObjectNode> p = new LinkedHashMap<>();
		p.put("schemaVersion", integer().put("description", "The schema version of the case: 1 or 2."));
		p.put("case", string().put("description", "The name of the case."));
		p.put("years", array(integer()).put("description", "The calendar years of the horizon."));
		p.put("parameters", map(array(number())).put("description",
				"Version 2: each key figure's value per year, as used (realised where actuals give it)."));
		p.put("parties", array(ref(refs, "PartyResult")));
		p.put("total", ref(refs, "TotalFlows").put("description", "Sums over the parties."));
		p.put("pv", ref(refs, "PresentValue"));
		p.put("settlement", ref(refs, "SettlementResult"));
		p.put("arrangements", array(ref(refs, "ArrangementResult")).put("description", "Version 2 (6.9)."));
		ObjectNode comparison = object(null, props("id", string().put("description", "none, or an arrangement id."),
				"parties", map(number()).put("description", "pv net per party")), "id", "parties");
		p.put("arrangementComparison", array(comparison).put("description",
				"Version 2: the pv net per party with no arrangement (none) and with each arrangement alone, "
						+ "without settlement."));
		ObjectNode outcome = object(null, props("pvNet", number(), "netAfterSettlement", number()), "pvNet",
				"netAfterSettlement");
		ObjectNode scenario = object(null, props("id", string(), "name", nullable(string()), "parties",
				map(outcome), "total", object(null, props("pvNet", number()), "pvNet")), "id", "parties", "total");
		p.put("scenarios", array(scenario).put("description",
				"Version 2, only when the case has scenarios: base first, then each scenario."));
		ObjectNode figures = object(null, props("years", array(number()), "pv", number()), "years", "pv");
		p.put("plan", object("Version 2, only when the case has actuals: the figures without them.",
				props("parties", map(figures)), "parties"));
		p.put("variance", map(figures).put("description",
				"Version 2, only when the case has actuals: realised plus remaining plan minus plan, per party."));
		p.put("uncertainty", uncertainty());
		p.put("warnings", array(string()).put("description", "Sentences in English."));
		return object("The result of a calculation (calculation.md section 4; version 2 additions in 6.9). "
				+ "Amounts are euros, not rounded except payments (cents).", p, "schemaVersion", "case", "years",
				"parties", "total", "pv", "settlement", "warnings");
	}

	private static ObjectNode uncertainty() {
		ObjectNode statistics = object("Over the iterations: sd with n − 1, percentiles by nearest rank, the share "
				+ "below −1e-6.", props("mean", number(), "sd", number(), "p5", number(), "p50", number(), "p95",
						number(), "probabilityNegative", number()),
				"mean", "sd", "p5", "p50", "p95", "probabilityNegative");
		ObjectNode span = object(null, props("low", number(), "high", number()), "low", "high");
		ObjectNode bar = object(null, props("target", string(), "low", number(), "high", number(), "total", span,
				"parties", map(span)), "target", "low", "high", "total", "parties");
		ObjectNode switching = object(null, props("party", string(), "target", string(), "value",
				nullable(number()).put("description", "null when the net does not cross 0 in [low, high].")),
				"party", "target", "value");
		Map<String, ObjectNode> p = new LinkedHashMap<>();
		p.put("iterations", integer());
		p.put("parties", map(object(null, props("net", statistics, "netAfterSettlement", statistics), "net",
				"netAfterSettlement")).put("description", "Per party: its pv net and its net after settlement."));
		p.put("total", object(null, props("net", statistics), "net"));
		p.put("arrangements", map(object(null, props("conditionProbability", number()), "conditionProbability"))
				.put("description", "Per arrangement with a condition: the share of iterations in which it held."));
		p.put("tornado", array(bar).put("description",
				"Per input the net after settlement at its low and high value, largest |total.high − total.low| first."));
		p.put("switching", array(switching).put("description",
				"Per party and input the value at which the party's net after settlement is 0."));
		return object("Version 2, only when the case has uncertainty inputs (6.8).", p, "iterations", "parties",
				"total", "arrangements", "tornado", "switching");
	}

	private static ObjectNode party(String refs) {
		Map<String, ObjectNode> p = new LinkedHashMap<>();
		p.put("id", string());
		p.put("name", string());
		p.put("years", array(ref(refs, "YearFlows")));
		p.put("total", ref(refs, "TotalFlows"));
		p.put("pv", ref(refs, "PresentValue"));
		p.put("settlement", number().put("description", "In the settlement's basis (PV or nominal)."));
		p.put("netAfterSettlement", number().put("description",
				"The party's net in the settlement's basis plus its settlement."));
		Map<String, ObjectNode> current = side();
		Map<String, ObjectNode> future = side();
		future.put("structuralItemCosts", number());
		future.put("structuralItemBenefits", number());
		p.put("steadyState", object("One full year after implementation: the current and the future situation.",
				props("current", object(null, current, current.keySet().toArray(String[]::new)), "future",
						object(null, future, future.keySet().toArray(String[]::new))), "current", "future"));
		ArrayNode domains = CaseJson.MAPPER.createArrayNode();
		Arrays.stream(Domain.values()).forEach(d -> domains.add(d.name()));
		domains.addNull();
		ObjectNode domain = object(null, props("domain", nullable(string()).set("enum", domains), "net", number(),
				"pv", number()), "domain", "net", "pv");
		p.put("domains", array(domain).put("description",
				"Version 2: the party's net by the domain of the line it comes from; null for arrangement "
						+ "transfers and lines without a domain."));
		p.put("paybackYear", nullable(integer()).put("description",
				"Version 2: the first calendar year from which the cumulative net stays at or above 0; null when "
						+ "it ends below 0."));
		return object("One party's figures.", p, "id", "name", "years", "total", "pv", "settlement",
				"netAfterSettlement", "steadyState");
	}

	private static Map<String, ObjectNode> side() {
		Map<String, ObjectNode> side = new LinkedHashMap<>();
		for (String name : List.of("expense", "revenue", "operatingCost", "hours")) {
			side.put(name, number());
		}
		return side;
	}

	/** The money fields of a year or of the total; a year may carry its own settlement (perYear). */
	private static ObjectNode flows(boolean total, boolean year) {
		Map<String, ObjectNode> p = new LinkedHashMap<>();
		if (year) {
			p.put("year", integer());
		}
		MONEY.forEach(name -> p.put(name, number()));
		if (total) {
			p.put("incidentalCosts", number());
			p.put("structuralCosts", number());
		}
		if (year) {
			p.put("settlement", number().put("description", "Only when the settlement is per year."));
			p.put("netAfterSettlement", number().put("description", "Only when the settlement is per year."));
		}
		List<String> required = p.keySet().stream()
				.filter(n -> !n.equals("settlement") && !n.equals("netAfterSettlement")).toList();
		return object(year ? "A party's money flows in one year." : "Money flows summed over the years.", p,
				required.toArray(String[]::new));
	}

	private static ObjectNode settlement() {
		ObjectNode payment = object(null, props("from", string(), "to", string(), "amount", number()
				.put("description", "Euros, rounded to cents.")), "from", "to", "amount");
		ObjectNode core = object("The core check: whether no group of parties does better on its own.",
				props("checked", bool(), "stable", nullable(bool()), "coalition", nullable(array(string())),
						"shortfall", nullable(number())), "checked");
		Map<String, ObjectNode> p = new LinkedHashMap<>();
		p.put("method", choice(SettlementMethod.class));
		p.put("basis", choice(ValueBasis.class));
		p.put("perYear", bool());
		p.put("includeCapacity", bool());
		p.put("transfers", map(number()).put("description", "The settlement per party id."));
		p.put("payments", array(payment));
		p.put("core", core);
		return object("How the parties settle.", p, "method", "basis", "perYear", "includeCapacity", "transfers",
				"payments", "core");
	}

	private static ObjectNode arrangement() {
		Map<String, ObjectNode> p = new LinkedHashMap<>();
		p.put("id", string());
		p.put("type", choice(ArrangementType.class));
		p.put("transfers", map(array(number())).put("description", "Per party id, per year; receiving is positive."));
		p.put("total", map(number()));
		p.put("pv", map(number()));
		p.put("conditionMet", bool().put("description", "Only for an arrangement with a condition."));
		p.put("investorIrr", nullable(number()).put("description", "Only for an IMPACT_BOND."));
		return object("What one financing arrangement moves (6.5, 6.9).", p, "id", "type", "transfers", "total",
				"pv");
	}

	private static ObjectNode object(String description, Map<String, ObjectNode> properties, String... required) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		schema.put("type", "object");
		if (description != null) {
			schema.put("description", description);
		}
		ObjectNode props = schema.putObject("properties");
		properties.forEach(props::set);
		if (required.length > 0) {
			ArrayNode names = schema.putArray("required");
			Arrays.stream(required).forEach(names::add);
		}
		return schema;
	}

	/** Properties in the order given, as the result writes them. */
	private static Map<String, ObjectNode> props(Object... namesAndSchemas) {
		Map<String, ObjectNode> properties = new LinkedHashMap<>();
		for (int i = 0; i < namesAndSchemas.length; i += 2) {
			properties.put((String) namesAndSchemas[i], (ObjectNode) namesAndSchemas[i + 1]);
		}
		return properties;
	}

	private static ObjectNode map(ObjectNode values) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		schema.put("type", "object");
		schema.set("additionalProperties", values);
		return schema;
	}

	private static ObjectNode array(ObjectNode items) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		schema.put("type", "array");
		schema.set("items", items);
		return schema;
	}

	private static ObjectNode ref(String refs, String name) {
		return CaseJson.MAPPER.createObjectNode().put("$ref", refs + name);
	}

	private static ObjectNode nullable(ObjectNode schema) {
		String type = schema.get("type").asString();
		schema.putArray("type").add(type).add("null");
		return schema;
	}

	private static ObjectNode choice(Class<? extends Enum<?>> type) {
		ObjectNode schema = string();
		ArrayNode values = schema.putArray("enum");
		Arrays.stream(type.getEnumConstants()).forEach(c -> values.add(c.name()));
		return schema;
	}

	private static ObjectNode string() {
		return CaseJson.MAPPER.createObjectNode().put("type", "string");
	}

	private static ObjectNode number() {
		return CaseJson.MAPPER.createObjectNode().put("type", "number");
	}

	private static ObjectNode integer() {
		return CaseJson.MAPPER.createObjectNode().put("type", "integer");
	}

	private static ObjectNode bool() {
		return CaseJson.MAPPER.createObjectNode().put("type", "boolean");
	}
}
