package nl.ontschot.app.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.SchemaField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A key figure's new id carried through the case (calculation.md 6.1, 6.6-6.8): the formulas that use it, the
 * scenario and uncertainty targets {@code parameters.ID}, realised values and conditions that name it.
 */
public final class ParameterRename {

	private ParameterRename() {
	}

	public static void apply(ObjectNode tree, int index, String from, String to) {
		((ObjectNode) tree.path("parameters").path(index)).put("id", to);
		formulas(tree, "", from, to);
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

	/**
	 * Every formula of the document with the name replaced: in the fields that may hold one (the schema
	 * table says which), so that a name or an answer that happens to start with "=" stays as written.
	 */
	private static void formulas(JsonNode node, String path, String from, String to) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
				String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
				if (isFormula(field.getValue(), at)) {
					object.put(field.getKey(), Formula.rename(field.getValue().asString(), from, to));
				} else {
					formulas(field.getValue(), at, from, to);
				}
			}
		} else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				formulas(array.get(i), path + "[" + i + "]", from, to);
			}
		}
	}

	private static boolean isFormula(JsonNode value, String path) {
		return value.isString() && Formula.isFormula(value.asString())
				&& CaseSchema.at(path).map(SchemaField::formula).orElse(false);
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
