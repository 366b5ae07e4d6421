package nl.ontschot.app.collaboration.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A party's own figures in a case document, the ones its approval covers: its party entry, the activities it
 * provides or finances, the items it bears or receives (alone, or through an allocation key that divides them
 * over it), its weight in each allocation key (calculation.md 2), and the financing arrangements it takes part
 * in (as investor, payer or receiver, with a share: 6.5). Two documents give the party the same figures when
 * these are equal.
 */
public final class OwnFigures {

	private OwnFigures() {
	}

	public static JsonNode of(JsonNode document, String party) {
		ObjectNode own = JsonNodeFactory.instance.objectNode();
		for (JsonNode p : document.path("parties")) {
			if (party.equals(p.path("id").asString(""))) {
				own.set("party", p);
			}
		}
		ObjectNode activities = own.putObject("activities");
		for (JsonNode a : document.path("activities")) {
			if (party.equals(a.path("provider").asString("")) || finances(a.path("financier"), party)) {
				activities.set(a.path("id").asString(""), a);
			}
		}
		ObjectNode keys = own.putObject("keys");
		for (JsonNode k : document.path("allocationKeys")) {
			if (divides(k, party)) {
				ObjectNode key = keys.putObject(k.path("id").asString(""));
				key.set("method", k.path("method"));
				key.set("weight", k.path("weights").path(party));
			}
		}
		ObjectNode arrangements = own.putObject("arrangements");
		for (JsonNode a : document.path("arrangements")) {
			if (names(a, party)) {
				arrangements.set(a.path("id").asString(""), a);
			}
		}
		ObjectNode items = own.putObject("items");
		for (JsonNode i : document.path("items")) {
			String allocation = i.path("allocation").asString("");
			if (allocation.isEmpty() ? party.equals(i.path("party").asString("")) : keys.has(allocation)) {
				items.set(i.path("id").asString(""), i);
			}
		}
		return own;
	}

	/** Whether the party's id stands anywhere in an arrangement's terms (a party, a payer, a receiver). */
	private static boolean names(JsonNode node, String party) {
		if (node.isString()) {
			return party.equals(node.asString());
		}
		for (JsonNode child : node) {
			if (names(child, party)) {
				return true;
			}
		}
		return false;
	}

	/** One financier (a party id) or several (version 2: a list of {party, share}). */
	private static boolean finances(JsonNode financier, String party) {
		if (financier.isArray()) {
			for (JsonNode f : financier) {
				if (party.equals(f.path("party").asString(""))) {
					return true;
				}
			}
			return false;
		}
		return party.equals(financier.asString(""));
	}

	/**
	 * Whether a key divides over the party: its {@code parties} name it, or (without them) its weights do for
	 * WEIGHTS, and every party is in it otherwise.
	 */
	private static boolean divides(JsonNode key, String party) {
		JsonNode parties = key.path("parties");
		if (parties.isArray()) {
			for (JsonNode p : parties) {
				if (party.equals(p.asString(""))) {
					return true;
				}
			}
			return false;
		}
		return !"WEIGHTS".equals(key.path("method").asString("")) || key.path("weights").has(party);
	}
}
