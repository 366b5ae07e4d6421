package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The field paths where two case documents differ, in the path notation of calculation.md
 * ({@code activities[2].future.volume}), with old and new value as JSON text. Lines with an id (activities,
 * items, parties, ...) are matched by their id, so that removing one line is one change and not a change of
 * every line after it; a changed field of a line is named at its place in the new document, a removed line at
 * its place in the old one. Other lists are compared element by element. An element that only one side has is
 * one change of the whole element. Lines in another order are a change of the list itself (its path, with the
 * ids in their old and new order as a JSON list), beside what changed in each line.
 */
public final class JsonDiff {

	/** One step of a path: a field name, or a place in a list. */
	private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

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
			Optional<List<String>> beforeIds = ids(before);
			Optional<List<String>> afterIds = ids(after);
			if (beforeIds.isPresent() && afterIds.isPresent()) {
				compareLines(path, before, after, beforeIds.get(), afterIds.get(), out);
				return;
			}
			for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
				compare(path + "[" + i + "]", before.get(i), after.get(i), out);
			}
			return;
		}
		out.add(new AuditChange(path, text(before), text(after)));
	}

	private static void compareLines(String path, JsonNode before, JsonNode after, List<String> beforeIds,
			List<String> afterIds, List<AuditChange> out) {
		List<String> kept = afterIds.stream().filter(beforeIds::contains).toList();
		if (!kept.equals(beforeIds.stream().filter(afterIds::contains).toList())) {
			// the lines in another order: the order is a change of the list, beside each line's own changes
			out.add(new AuditChange(path, Optional.of(idList(beforeIds)), Optional.of(idList(afterIds))));
		}
		for (int j = 0; j < after.size(); j++) {
			int i = beforeIds.indexOf(afterIds.get(j));
			compare(path + "[" + j + "]", i < 0 ? null : before.get(i), after.get(j), out);
		}
		for (int i = 0; i < before.size(); i++) {
			if (!afterIds.contains(beforeIds.get(i))) {
				compare(path + "[" + i + "]", before.get(i), null, out);
			}
		}
	}

	/** The ids in their order, as JSON text: what the audit trail keeps of an order. */
	private static String idList(List<String> ids) {
		ArrayNode list = JsonNodeFactory.instance.arrayNode();
		ids.forEach(list::add);
		return list.toString();
	}

	/** The ids of a list whose elements are all objects with an id of their own, or empty when it is not one. */
	private static Optional<List<String>> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		for (JsonNode element : list) {
			String id = element.isObject() && element.path("id").isString() ? element.path("id").asString() : "";
			if (id.isEmpty() || ids.contains(id)) {
				return Optional.empty();
			}
			ids.add(id);
		}
		return Optional.of(ids);
	}

	/**
	 * A path into {@code from} as a path into {@code to}: each line named by its place in {@code from} is named by
	 * its place in {@code to}, found by its id. A line {@code to} does not have keeps its place.
	 */
	public static String pathIn(JsonNode from, JsonNode to, String path) {
		StringBuilder translated = new StringBuilder();
		Matcher step = STEP.matcher(path);
		JsonNode a = from;
		JsonNode b = to;
		while (step.find()) {
			if (step.group(1) != null) {
				if (!translated.isEmpty()) {
					translated.append('.');
				}
				translated.append(step.group(1));
				a = a.path(step.group(1));
				b = b.path(step.group(1));
				continue;
			}
			int index = Integer.parseInt(step.group(2));
			JsonNode line = a.path(index);
			int there = index;
			String id = line.path("id").asString("");
			if (!id.isEmpty()) {
				for (int k = 0; k < b.size(); k++) {
					if (id.equals(b.path(k).path("id").asString(""))) {
						there = k;
					}
				}
			}
			translated.append('[').append(there).append(']');
			a = line;
			b = b.path(there);
		}
		return translated.toString();
	}

	private static Optional<String> text(JsonNode node) {
		return node == null ? Optional.empty() : Optional.of(node.toString());
	}
}
