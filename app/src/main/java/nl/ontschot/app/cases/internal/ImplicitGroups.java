package nl.ontschot.app.cases.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line counted per participant or per success may leave its target group out while the case has exactly
 * one (calculation.md 3 and 6.5). Before a second group is added, such lines name the group they counted
 * with, so that adding a group changes no figure and needs no repair.
 */
public final class ImplicitGroups {

	private ImplicitGroups() {
	}

	public static void pin(ObjectNode tree) {
		String group = tree.path("targetGroups").path(0).path("id").asString();
		// an activity counts per success unless it says otherwise; an item in total
		tree.path("activities").valueStream().filter(a -> !a.path("basis").asString("PER_SUCCESS").equals("TOTAL"))
				.forEach(a -> name(a, group));
		tree.path("items").valueStream().filter(i -> !i.path("basis").asString("TOTAL").equals("TOTAL"))
				.forEach(i -> name(i, group));
		tree.path("arrangements").valueStream().filter(ImplicitGroups::countsAGroup).forEach(a -> name(a, group));
	}

	private static boolean countsAGroup(JsonNode arrangement) {
		String per = arrangement.path("per").asString("");
		return per.equals("PARTICIPANT") || per.equals("SUCCESS")
				|| arrangement.path("type").asString().equals("IMPACT_BOND")
						&& arrangement.path("mode").asString().equals("PER_OUTCOME");
	}

	private static void name(JsonNode line, String group) {
		if (line instanceof ObjectNode object && !object.has("group")) {
			object.put("group", group);
		}
	}
}
