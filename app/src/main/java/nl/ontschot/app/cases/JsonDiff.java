package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The field paths where two case documents differ, in the path notation of calculation.md
 * ({@code activities[2].future.volume}), with old and new value as JSON text. Lists are compared element
 * by element; an element that only one side has is one change of the whole element.
 */
public final class JsonDiff {

	private JsonDiff() {
	}

	public static List<AuditChange> between(JsonNode before, JsonNode after) {
		List<AuditChange> changes = new ArrayList<>();
		compare("", before, after, changes);
		return changes;
	}

	private static void compare(String path, JsonNode before, JsonNode after, List<AuditChange> out) {
		if (before == null && after == null) {
			return;
		}
		if (before != null && after != null && before.equals(after)) {
			return;
		}
		if (before != null && after != null && before.isObject() && after.isObject()) {
			Set<String> names = new LinkedHashSet<>(before.propertyNames());
			names.addAll(after.propertyNames());
			for (String name : names) {
				compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), out);
			}
			return;
		}
		if (before != null && after != null && before.isArray() && after.isArray()) {
			for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
				compare(path + "[" + i + "]", before.get(i), after.get(i), out);
			}
			return;
		}
		out.add(new AuditChange(path, text(before), text(after)));
	}

	private static Optional<String> text(JsonNode node) {
		return node == null ? Optional.empty() : Optional.of(node.toString());
	}
}
