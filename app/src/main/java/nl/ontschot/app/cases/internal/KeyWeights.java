package nl.ontschot.app.cases.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the weights of allocation keys in step with an edit on a page: a key that becomes WEIGHTS starts
 * each of its parties at weight 1, a party added to a WEIGHTS key gets weight 1, and weights that no longer
 * apply are dropped. The API stays strict; this only spares a person an edit the engine would refuse.
 */
public final class KeyWeights {

	private KeyWeights() {
	}

	public static void align(ObjectNode document) {
		List<String> allParties = document.path("parties").valueStream().map(p -> p.path("id").asString()).toList();
		for (JsonNode node : document.path("allocationKeys")) {
			if (!(node instanceof ObjectNode key)) {
				continue;
			}
			if (!"WEIGHTS".equals(key.path("method").asString())) {
				key.remove("weights");
				continue;
			}
			List<String> parties = key.has("parties")
					? key.path("parties").valueStream().map(JsonNode::asString).toList()
					: key.has("weights") ? new ArrayList<>(key.path("weights").propertyNames()) : allParties;
			ObjectNode weights = key.has("weights") && key.get("weights").isObject() ? (ObjectNode) key.get("weights")
					: key.putObject("weights");
			for (String party : new ArrayList<>(weights.propertyNames())) {
				if (!parties.contains(party)) {
					weights.remove(party);
				}
			}
			for (String party : parties) {
				if (!weights.has(party)) {
					weights.put(party, 1);
				}
			}
		}
	}
}
