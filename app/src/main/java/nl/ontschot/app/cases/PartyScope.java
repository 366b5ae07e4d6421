package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What an editor bound to one party may change: that party's own entry in {@code parties}, the activities
 * it provides, the items it bears alone, and the conversation (where every party adds its answers).
 * Everything else must stay as it was. Lines are matched by id, so their order does not matter.
 */
final class PartyScope {

	private static final Set<String> OWN_LINES = Set.of("parties", "activities", "items");
	private static final String CONVERSATION = "conversation";

	private PartyScope() {
	}

	/** The paths of changes outside the party's own figures; empty when the change is allowed. */
	static List<String> violations(String party, JsonNode before, JsonNode after) {
		List<String> violations = new ArrayList<>();
		Set<String> fields = new java.util.LinkedHashSet<>(before.propertyNames());
		fields.addAll(after.propertyNames());
		for (String field : fields) {
			if (field.equals(CONVERSATION)) {
				continue;
			}
			JsonNode old = before.get(field);
			JsonNode changed = after.get(field);
			if (OWN_LINES.contains(field)) {
				violations.addAll(lines(field, party, old, changed));
			} else if (!Objects.equals(old, changed)) {
				violations.add(field);
			}
		}
		return violations;
	}

	private static List<String> lines(String list, String party, JsonNode before, JsonNode after) {
		Map<String, JsonNode> old = byId(before);
		Map<String, JsonNode> changed = byId(after);
		List<String> violations = new ArrayList<>();
		Set<String> ids = new java.util.LinkedHashSet<>(old.keySet());
		ids.addAll(changed.keySet());
		for (String id : ids) {
			JsonNode o = old.get(id);
			JsonNode c = changed.get(id);
			if (Objects.equals(o, c)) {
				continue;
			}
			if (!(o == null || belongsTo(list, party, o)) || !(c == null || belongsTo(list, party, c))) {
				violations.add(list + "." + id);
			}
		}
		return violations;
	}

	private static boolean belongsTo(String list, String party, JsonNode line) {
		return switch (list) {
			case "parties" -> party.equals(text(line, "id"));
			case "activities" -> party.equals(text(line, "provider"));
			default -> party.equals(text(line, "party")) && text(line, "allocation").isEmpty();
		};
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.asString() : "";
	}

	private static Map<String, JsonNode> byId(JsonNode list) {
		Map<String, JsonNode> lines = new LinkedHashMap<>();
		if (list != null && list.isArray()) {
			for (int i = 0; i < list.size(); i++) {
				JsonNode line = list.get(i);
				lines.put(line.isObject() && line.has("id") ? text(line, "id") : "#" + i, line);
			}
		}
		return lines;
	}
}
