package nl.ontschot.engine.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a case being read at a path: typed access to its fields that records a problem, with
 * the field's path, for every field that is of the wrong type, out of range or unknown. A field that is
 * absent or {@code null} is "not given".
 */
final class Obj {

	static final double MAX_MAGNITUDE = 1e12;

	private final JsonNode node;
	private final String path;
	private final Problems problems;

	private Obj(JsonNode node, String path, Problems problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
	}

	/** The object at {@code path}, or empty (with a problem) when the node is not an object. */
	static Optional<Obj> of(JsonNode node, String path, Problems problems, Set<String> known) {
		if (!node.isObject()) {
			problems.add(path, "error.notObject");
			return Optional.empty();
		}
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				problems.add(child(path, name), "error.unknownField", name);
			}
		}
		return Optional.of(new Obj(node, path, problems));
	}

	static String child(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	String path() {
		return path;
	}

	String path(String name) {
		return child(path, name);
	}

	Problems problems() {
		return problems;
	}

	boolean given(String name) {
		JsonNode value = node.get(name);
		return value != null && !value.isNull();
	}

	JsonNode raw(String name) {
		return node.get(name);
	}

	void require(String name) {
		if (!given(name)) {
			problems.add(path(name), "error.required");
		}
	}

	Optional<String> text(String name) {
		if (!given(name)) {
			return Optional.empty();
		}
		JsonNode value = node.get(name);
		if (!value.isString()) {
			problems.add(path(name), "error.notText");
			return Optional.empty();
		}
		if (value.asString().length() > MAX_TEXT) {
			problems.add(path(name), "error.tooLong", String.valueOf(MAX_TEXT));
		}
		return Optional.of(value.asString());
	}

	/**
	 * The longest text of a field (a description, a unit, an explanation): a few pages, so that one field
	 * cannot grow a case, and every version of it, by megabytes.
	 */
	static final int MAX_TEXT = 10_000;

	String requiredText(String name) {
		require(name);
		return text(name).orElse("");
	}

	/** A name: required, not blank, at most 200 characters. */
	String name(String name) {
		String value = requiredText(name);
		if (given(name) && node.get(name).isString()) {
			if (value.isBlank()) {
				problems.add(path(name), "error.blank");
			} else if (value.length() > 200) {
				problems.add(path(name), "error.tooLong", "200");
			}
		}
		return value;
	}

	OptionalDouble number(String name) {
		if (!given(name)) {
			return OptionalDouble.empty();
		}
		return number(node.get(name), path(name), problems);
	}

	static OptionalDouble number(JsonNode value, String path, Problems problems) {
		if (value.isString()) {
			problems.add(path, "error.numberAsText", value.asString());
			return OptionalDouble.empty();
		}
		if (!value.isNumber()) {
			problems.add(path, "error.notNumber");
			return OptionalDouble.empty();
		}
		// beyond a double's range asDouble() throws; the plain conversion gives infinity, refused below
		double v = value.isBigInteger() ? value.bigIntegerValue().doubleValue()
				: value.isBigDecimal() ? value.decimalValue().doubleValue() : value.asDouble();
		if (!Double.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE) {
			problems.add(path, "error.notFinite");
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(v);
	}

	/** A number from {@code min} to {@code max} inclusive, or the default when not given. */
	double number(String name, double fallback, double min, double max) {
		OptionalDouble value = number(name);
		if (value.isEmpty()) {
			return fallback;
		}
		double v = value.getAsDouble();
		if (v < min || v > max) {
			problems.add(path(name), "error.between", min, max);
			return fallback;
		}
		return v;
	}

	/** A number of at least 0, or the default when not given. */
	double nonNegative(String name, double fallback) {
		OptionalDouble value = number(name);
		if (value.isEmpty()) {
			return fallback;
		}
		if (value.getAsDouble() < 0) {
			problems.add(path(name), "error.negative");
			return fallback;
		}
		return value.getAsDouble();
	}

	OptionalInt integer(String name) {
		OptionalDouble value = number(name);
		if (value.isEmpty()) {
			return OptionalInt.empty();
		}
		double v = value.getAsDouble();
		if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
			problems.add(path(name), "error.notWholeNumber");
			return OptionalInt.empty();
		}
		return OptionalInt.of((int) v);
	}

	/** A whole number from {@code min} to {@code max} inclusive, or the default when not given. */
	int integer(String name, int fallback, int min, int max) {
		OptionalInt value = integer(name);
		if (value.isEmpty()) {
			return fallback;
		}
		if (value.getAsInt() < min || value.getAsInt() > max) {
			problems.add(path(name), "error.between", min, max);
			return fallback;
		}
		return value.getAsInt();
	}

	Optional<Boolean> bool(String name) {
		if (!given(name)) {
			return Optional.empty();
		}
		JsonNode value = node.get(name);
		if (!value.isBoolean()) {
			problems.add(path(name), "error.notBoolean");
			return Optional.empty();
		}
		return Optional.of(value.asBoolean());
	}

	<E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
		if (!given(name)) {
			return Optional.empty();
		}
		return choice(node.get(name), path(name), type, problems);
	}

	static <E extends Enum<E>> Optional<E> choice(JsonNode value, String path, Class<E> type, Problems problems) {
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		if (!value.isString()) {
			problems.add(path, "error.choice", String.valueOf(value), allowed);
			return Optional.empty();
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.asString())) {
				return Optional.of(constant);
			}
		}
		problems.add(path, "error.choice", value.asString(), allowed);
		return Optional.empty();
	}

	/** The elements of a list field read one by one; empty when not given. */
	<T> List<T> list(String name, BiFunction<JsonNode, String, Optional<T>> element) {
		if (!given(name)) {
			return List.of();
		}
		JsonNode value = node.get(name);
		if (!value.isArray()) {
			problems.add(path(name), "error.notList");
			return List.of();
		}
		List<T> result = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			element.apply(value.get(i), path(name) + "[" + i + "]").ifPresent(result::add);
		}
		return result;
	}

	/** A list of texts (ids, mostly). */
	List<String> texts(String name) {
		return list(name, (value, at) -> {
			if (!value.isString()) {
				problems.add(at, "error.notText");
				return Optional.empty();
			}
			return Optional.of(value.asString());
		});
	}

	/** A list of enum constants. */
	<E extends Enum<E>> List<E> choices(String name, Class<E> type) {
		return list(name, (value, at) -> choice(value, at, type, problems));
	}
}
