package nl.ontschot.engine;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Compares an actual JSON tree with an expected one: numbers within a tolerance, everything else exactly,
 * and every field of either side present on the other. Lists every difference with its path.
 */
public final class JsonComparison {

	private JsonComparison() {
	}

	public static List<String> differences(JsonNode expected, JsonNode actual, double tolerance) {
		List<String> out = new ArrayList<>();
		compare("$", expected, actual, tolerance, out);
		return out;
	}

	private static void compare(String path, JsonNode e, JsonNode a, double tolerance, List<String> out) {
		if (a == null) {
			out.add(path + ": missing");
		} else if (e.isNumber() && a.isNumber()) {
			if (Math.abs(e.asDouble() - a.asDouble()) > tolerance) {
				out.add(path + ": expected " + e + " but was " + a);
			}
		} else if (e.isObject() && a.isObject()) {
			for (String name : e.propertyNames()) {
				compare(path + "." + name, e.get(name), a.get(name), tolerance, out);
			}
			for (String name : a.propertyNames()) {
				if (!e.has(name)) {
					out.add(path + "." + name + ": not expected");
				}
			}
		} else if (e.isArray() && a.isArray()) {
			if (e.size() != a.size()) {
				out.add(path + ": expected " + e.size() + " elements but was " + a.size());
				return;
			}
			for (int i = 0; i < e.size(); i++) {
				compare(path + "[" + i + "]", e.get(i), a.get(i), tolerance, out);
			}
		} else if (!e.equals(a)) {
			out.add(path + ": expected " + e + " but was " + a);
		}
	}
}
