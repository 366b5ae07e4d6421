package nl.ontschot.engine.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** Comparisons within 1e-6 relative for property tests: numbers, and result trees field by field. */
final class Close {

	static final double RELATIVE = 1e-6;

	private Close() {
	}

	static boolean close(double a, double b) {
		return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	static void assertClose(String what, double actual, double expected) {
		assertThat(close(actual, expected)).as("%s: %s, expected %s", what, actual, expected).isTrue();
	}

	/** Two JSON trees are equal, numbers within 1e-6 relative; object fields named in {@code ignored} are skipped. */
	static void assertSameTree(JsonNode actual, JsonNode expected, Set<String> ignored) {
		compare("$", actual, expected, ignored);
	}

	private static void compare(String path, JsonNode a, JsonNode b, Set<String> ignored) {
		if (a.isNumber() && b.isNumber()) {
			assertClose(path, a.doubleValue(), b.doubleValue());
			return;
		}
		assertThat(a.getNodeType()).as(path).isEqualTo(b.getNodeType());
		if (a.isObject()) {
			Set<String> names = new TreeSet<>();
			for (Map.Entry<String, JsonNode> e : a.properties()) {
				names.add(e.getKey());
			}
			Set<String> other = new TreeSet<>();
			for (Map.Entry<String, JsonNode> e : b.properties()) {
				other.add(e.getKey());
			}
			names.removeAll(ignored);
			other.removeAll(ignored);
			assertThat(names).as(path).isEqualTo(other);
			for (String name : names) {
				compare(path + "." + name, a.get(name), b.get(name), ignored);
			}
		} else if (a.isArray()) {
			assertThat(a.size()).as(path).isEqualTo(b.size());
			for (int i = 0; i < a.size(); i++) {
				compare(path + "[" + i + "]", a.get(i), b.get(i), ignored);
			}
		} else {
			assertThat(a).as(path).isEqualTo(b);
		}
	}
}
