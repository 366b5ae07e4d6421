package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.ontschot.engine.formula.Formula;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A key figure's new id carried through the case (calculation.md 6.1, 6.6-6.8): the formulas that use it, the
 * scenario and uncertainty targets {@code parameters.ID}, realised values and conditions that name it.
 */
final class ParameterRename {

	private ParameterRename() {
	}

	static void apply(ObjectNode tree, int index, String from, String to) {
		((ObjectNode) tree.path("parameters").path(index)).put("id", to);
		formulas(tree, from, to);
		tree.path("scenarios").valueStream().map(s -> s.path("set")).filter(JsonNode::isObject)
				.forEach(set -> renameKey((ObjectNode) set, "parameters." + from, "parameters." + to));
		tree.path("actuals").valueStream().map(a -> a.path("parameters")).filter(JsonNode::isObject)
				.forEach(values -> renameKey((ObjectNode) values, from, to));
		tree.path("arrangements").valueStream().map(a -> a.path("condition"))
				.filter(c -> c.path("parameter").asString("").equals(from))
				.forEach(c -> ((ObjectNode) c).put("parameter", to));
		tree.path("uncertainty").path("inputs").valueStream()
				.filter(i -> i.path("target").asString("").equals("parameters." + from))
				.forEach(i -> ((ObjectNode) i).put("target", "parameters." + to));
	}

	/** Every formula of the document, wherever it stands, with the name replaced. */
	private static void formulas(JsonNode node, String from, String to) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
				JsonNode value = field.getValue();
				if (field.getKey().equals("conversation")) {
					continue; // answers are prose, even one that starts with "="
				}
				if (value.isString() && Formula.isFormula(value.asString())) {
					object.put(field.getKey(), Formula.rename(value.asString(), from, to));
				} else {
					formulas(value, from, to);
				}
			}
		} else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				JsonNode value = array.get(i);
				if (value.isString() && Formula.isFormula(value.asString())) {
					array.set(i, array.stringNode(Formula.rename(value.asString(), from, to)));
				} else {
					formulas(value, from, to);
				}
			}
		}
	}

	/** Renames a key of an object in place, keeping its order among the others. */
	private static void renameKey(ObjectNode object, String from, String to) {
		if (!object.has(from)) {
			return;
		}
		List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
		object.removeAll();
		for (Map.Entry<String, JsonNode> field : fields) {
			object.set(field.getKey().equals(from) ? to : field.getKey(), field.getValue());
		}
	}
}
