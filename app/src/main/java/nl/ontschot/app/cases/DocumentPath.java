package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.schema.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A place in a case document in the path notation of calculation.md ({@code targetGroups[0].successRate}):
 * read it, or set it, creating the objects on the way (an absent {@code implementation} or
 * {@code settlement}). Setting nothing removes the field, so that its default applies again.
 */
public final class DocumentPath {

	/** A field name or a party id (weights are keyed by party), optionally followed by list indices. */
	private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_-]{1,64})((?:\\[\\d{1,5}])*)");
	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private final List<Object> steps;

	private DocumentPath(List<Object> steps) {
		this.steps = steps;
	}

	public static DocumentPath parse(String path) {
		// a map keyed by party id ends the path, and an id may hold dots: the key is all that follows the map
		Optional<String> key = mapKey(path);
		String fields = key.map(k -> path.substring(0, path.length() - k.length() - 1)).orElse(path);
		List<Object> steps = new ArrayList<>();
		for (String part : fields.split("\\.", -1)) {
			Matcher m = STEP.matcher(part);
			if (!m.matches()) {
				throw new StatusException(400, "page.badPath");
			}
			steps.add(m.group(1));
			Matcher index = INDEX.matcher(m.group(2));
			while (index.find()) {
				steps.add(Integer.parseInt(index.group(1)));
			}
		}
		key.ifPresent(steps::add);
		return new DocumentPath(steps);
	}

	/** The party id at the end of a path into a map of the schema table ({@code allocationKeys[].weights.*}). */
	private static Optional<String> mapKey(String path) {
		return CaseSchema.at(path).filter(f -> f.path().endsWith(".*")).map(f -> {
			String prefix = f.path().substring(0, f.path().length() - 1);
			Matcher m = Pattern.compile(Pattern.quote(prefix).replace("[]", "\\E\\[\\d+]\\Q")).matcher(path);
			return m.lookingAt() ? path.substring(m.end()) : "";
		}).filter(k -> ID.matcher(k).matches());
	}

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	public Optional<JsonNode> get(JsonNode root) {
		JsonNode node = root;
		for (Object step : steps) {
			node = step instanceof Integer i ? node.get(i) : node.get((String) step);
			if (node == null || node.isNull()) {
				return Optional.empty();
			}
		}
		return Optional.of(node);
	}

	void set(ObjectNode root, Optional<JsonNode> value) {
		JsonNode parent = root;
		for (int s = 0; s < steps.size() - 1; s++) {
			Object step = steps.get(s);
			JsonNode next = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
			if (next == null || next.isNull()) {
				if (step instanceof Integer || !parent.isObject()) {
					throw new StatusException(400, "page.badPath");
				}
				next = steps.get(s + 1) instanceof Integer ? ((ObjectNode) parent).putArray((String) step)
						: ((ObjectNode) parent).putObject((String) step);
			}
			parent = next;
		}
		Object last = steps.get(steps.size() - 1);
		if (last instanceof Integer i) {
			if (!parent.isArray() || i >= parent.size()) {
				throw new StatusException(400, "page.badPath");
			}
			if (value.isPresent()) {
				((ArrayNode) parent).set(i, value.get());
			} else {
				((ArrayNode) parent).remove(i);
			}
		} else if (parent.isObject()) {
			if (value.isPresent()) {
				((ObjectNode) parent).set((String) last, value.get());
			} else {
				((ObjectNode) parent).remove((String) last);
			}
		} else {
			throw new StatusException(400, "page.badPath");
		}
	}
}
