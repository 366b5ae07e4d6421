package nl.ontschot.app.instrument.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleBiFunction;

import nl.ontschot.app.cases.ArrangementForms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A new line for a list of the case: valid as it stands, with an id no other line of the list has. */
final class NewLines {

	private NewLines() {
	}

	/**
	 * @param text a sentence from the message bundle with a number in it ("Partij 3")
	 */
	static ObjectNode line(CaseList list, JsonNode document, JsonMapper json,
			BiFunction<String, Integer, String> text) {
		return line(list, "", (payer, provider) -> 0, document, json, text);
	}

	/**
	 * A new line; {@code type} is the type of a new arrangement (calculation.md 6.5) and {@code expense} what
	 * a payer now pays a provider per year, both unused for other lists.
	 */
	static ObjectNode line(CaseList list, String type, ToDoubleBiFunction<String, String> expense, JsonNode document,
			JsonMapper json, BiFunction<String, Integer, String> text) {
		List<String> taken = document.path(list.field).valueStream().map(l -> l.path("id").asString()).toList();
		String prefix = list.idPrefix;
		int n = taken.size() + 1;
		while (taken.contains(prefix + n)) {
			n++;
		}
		String firstParty = document.path("parties").path(0).path("id").asString();
		ObjectNode line = json.createObjectNode();
		line.put("id", prefix + n);
		if (list == CaseList.ARRANGEMENTS) {
			return ArrangementForms.fresh(line, type, document, expense, text.apply("afspraken.new." + type, n));
		}
		switch (list) {
			case PARTIES -> line.put("name", text.apply("case.newParty", n)).put("type", "OTHER");
			case TARGET_GROUPS -> line.put("name", text.apply("case.newGroup", n)).put("population", 0);
			case ALLOCATION_KEYS -> line.put("name", text.apply("case.newKey", n)).put("method", "EQUAL");
			case ACTIVITIES -> {
				line.put("name", text.apply("case.newActivity", n)).put("provider", firstParty).put("basis", "TOTAL");
				line.putObject("current").put("volume", 0).put("tariff", 0).put("unitCost", 0);
			}
			case PARAMETERS -> line.put("name", text.apply("case.newParameter", n)).put("value", 0);
			case SCENARIOS -> line.put("name", text.apply("case.newScenario", n)).putObject("set");
			case ARRANGEMENTS -> {
			}
			case ITEMS -> line.put("name", text.apply("case.newItem", n)).put("party", firstParty).put("type", "COST")
					.put("recurrence", "STRUCTURAL").put("amount", 0);
		}
		return line;
	}
}
