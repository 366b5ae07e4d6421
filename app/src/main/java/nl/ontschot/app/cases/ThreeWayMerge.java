package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What someone changed offline (a workbook exported from a version and read in later) applied to the case as
 * it is now: a value the offline copy changed lands when nobody else changed it since; a value both changed
 * differently is a conflict, named by its path. Lines of a list are matched by their id, so lines that others
 * added or removed meanwhile stay as they are, and a line the offline copy removed goes only if nobody changed
 * it since.
 */
public final class ThreeWayMerge {

	private final List<String> conflicts = new ArrayList<>();

	private ThreeWayMerge() {
	}

	/** The merged document and the paths where the offline change and someone else's change meet. */
	public record Merged(JsonNode document, List<String> conflicts) {
	}

	/**
	 * @param base the document the offline copy was made of
	 * @param mine the offline copy as read in
	 * @param theirs the document as it is now
	 */
	public static Merged of(JsonNode base, JsonNode mine, JsonNode theirs) {
		ThreeWayMerge merge = new ThreeWayMerge();
		JsonNode merged = merge.merge("", base, mine, theirs);
		return new Merged(merged, List.copyOf(merge.conflicts));
	}

	private JsonNode merge(String path, JsonNode base, JsonNode mine, JsonNode theirs) {
		if (mine.equals(base) || mine.equals(theirs)) {
			return theirs;
		}
		if (theirs.equals(base)) {
			return mine;
		}
		if (base.isObject() && mine.isObject() && theirs.isObject()) {
			ObjectNode merged = JsonNodeFactory.instance.objectNode();
			Set<String> names = new LinkedHashSet<>(theirs.propertyNames());
			names.addAll(mine.propertyNames());
			for (String name : names) {
				JsonNode value = merge(path.isEmpty() ? name : path + "." + name, base.path(name), mine.path(name),
						theirs.path(name));
				if (!value.isMissingNode()) {
					merged.set(name, value);
				}
			}
			return merged;
		}
		if (base.isArray() && mine.isArray() && theirs.isArray() && identified(base, mine, theirs)) {
			return lines(path, base, mine, theirs);
		}
		conflicts.add(path);
		return theirs;
	}

	private static boolean identified(JsonNode... lists) {
		for (JsonNode list : lists) {
			for (JsonNode line : list) {
				if (!line.path("id").isString()) {
					return false;
				}
			}
		}
		return true;
	}

	/** Lines by id: theirs in their order, then the lines only the offline copy added. */
	private JsonNode lines(String path, JsonNode base, JsonNode mine, JsonNode theirs) {
		Map<String, JsonNode> original = byId(base);
		Map<String, JsonNode> offline = byId(mine);
		ArrayNode merged = JsonNodeFactory.instance.arrayNode();
		// a conflict is named at the line's place in the document as it is now
		for (int index = 0; index < theirs.size(); index++) {
			JsonNode line = theirs.get(index);
			String id = line.path("id").asString();
			JsonNode value = merge(path + "[" + index + "]", original.getOrDefault(id, MissingNode.getInstance()),
					offline.getOrDefault(id, MissingNode.getInstance()), line);
			if (!value.isMissingNode()) {
				merged.add(value);
			}
		}
		for (Map.Entry<String, JsonNode> line : offline.entrySet()) {
			if (!original.containsKey(line.getKey()) && merged.valueStream()
					.noneMatch(l -> l.path("id").asString().equals(line.getKey()))) {
				merged.add(line.getValue());
			} else if (original.containsKey(line.getKey()) && !line.getValue().equals(original.get(line.getKey()))
					&& theirsLacks(theirs, line.getKey())) {
				// changed offline, removed meanwhile by someone else: named by its list
				conflicts.add(path);
			}
		}
		return merged;
	}

	private static boolean theirsLacks(JsonNode theirs, String id) {
		return theirs.valueStream().noneMatch(l -> l.path("id").asString().equals(id));
	}

	private static Map<String, JsonNode> byId(JsonNode list) {
		Map<String, JsonNode> lines = new LinkedHashMap<>();
		list.forEach(line -> lines.put(line.path("id").asString(), line));
		return lines;
	}
}
