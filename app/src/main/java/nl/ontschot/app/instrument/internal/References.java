package nl.ontschot.app.instrument.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What the reference fields of the schema table name: the list of the case a choice offers its lines from,
 * whether "none" is a choice, and which lines qualify (a key shared by benefit cannot be a settlement key; an
 * impact bond finances cash costs).
 */
public final class References {

	private References() {
	}

	private static final Map<String, String> LISTS = Map.ofEntries(
			Map.entry("activities[].provider", "parties"), Map.entry("activities[].financier", "parties"),
			Map.entry("activities[].financier[].party", "parties"), Map.entry("activities[].requires", "parties"),
			Map.entry("activities[].group", "targetGroups"), Map.entry("items[].party", "parties"),
			Map.entry("items[].requires", "parties"), Map.entry("items[].group", "targetGroups"),
			Map.entry("items[].allocation", "allocationKeys"), Map.entry("allocationKeys[].parties", "parties"),
			Map.entry("settlement.key", "allocationKeys"), Map.entry("arrangements[].payer", "parties"),
			Map.entry("arrangements[].investor", "parties"), Map.entry("arrangements[].fundHolder", "parties"),
			Map.entry("arrangements[].holder", "parties"), Map.entry("arrangements[].recipients", "parties"),
			Map.entry("arrangements[].contributors", "parties"), Map.entry("arrangements[].outcomePayers", "parties"),
			Map.entry("arrangements[].recipients[].party", "parties"),
			Map.entry("arrangements[].contributors[].party", "parties"),
			Map.entry("arrangements[].outcomePayers[].party", "parties"),
			Map.entry("arrangements[].beneficiaries", "parties"), Map.entry("arrangements[].scope", "activities"),
			Map.entry("arrangements[].financed", "items"), Map.entry("arrangements[].group", "targetGroups"),
			Map.entry("arrangements[].condition.parameter", "parameters"),
			Map.entry("arrangements[].condition.group", "targetGroups"));

	/** Choices that may be left empty, with the words for "none". */
	private static final Map<String, String> NONE = Map.of("activities[].financier", "field.none",
			"activities[].group", "field.none", "items[].party", "field.none", "items[].group", "field.none",
			"items[].allocation", "field.notShared", "settlement.key", "field.settlement.key.none",
			"arrangements[].group", "field.arrangement.group.none", "arrangements[].condition.parameter",
			"field.condition.none", "arrangements[].condition.group", "field.condition.none");

	private static final Set<String> CASH_COSTS = Set.of("arrangements[].financed");

	/** The list of the case whose lines a field of this pattern names. */
	public static Optional<String> list(String pattern) {
		return Optional.ofNullable(LISTS.get(pattern));
	}

	public static boolean optional(String pattern) {
		return NONE.containsKey(pattern);
	}

	public static String noneKey(String pattern) {
		return NONE.get(pattern);
	}

	/** Whether a line may be chosen in a field of this pattern. */
	public static boolean offers(String pattern, JsonNode line) {
		if (pattern.equals("settlement.key")) {
			// KEY_SHARE divides by a fixed key: an EQUAL or WEIGHTS key, not one by benefit
			return !line.path("method").asString("EQUAL").equals("BY_BENEFIT");
		}
		if (CASH_COSTS.contains(pattern)) {
			return line.path("type").asString().equals("COST") && line.path("nature").asString("CASH").equals("CASH");
		}
		return true;
	}
}
