package nl.ontschot.engine.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.FieldKind;
import nl.ontschot.engine.schema.Range;
import nl.ontschot.engine.schema.SchemaField;
import nl.ontschot.engine.schema.Timing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12, which OpenAPI 3.1 uses) of a case document, written from the schema table
 * {@link CaseSchema}: one definition per schema version, so that an editor or a generated client knows every
 * field, its type, range, choices and default. The reader stays the judge: what the schema cannot say (ids that
 * refer to each other, the fields of each arrangement type, a formula's names) it checks, with a path.
 */
public final class CaseJsonSchema {

	public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
	/** Ids of the case's lists (section 2); key figures follow a stricter rule that the reader checks. */
	static final String ID_PATTERN = "^[A-Za-z0-9_.-]{1,64}$";
	/** A formula is a text that starts with = (6.1). */
	static final String FORMULA_PATTERN = "^=";

	/** The ranges that many fields share, each a named number-or-formula, so that a client has one class each. */
	private static final Map<Range, String> SHARED_RANGES = Map.of(Range.ANY, "NumberOrFormula", Range.NON_NEGATIVE,
			"NonNegativeOrFormula", Range.POSITIVE, "PositiveOrFormula", Range.FRACTION, "FractionOrFormula");

	private final String refs;
	private final Function<String, Optional<String>> labels;
	private final boolean defaultKeywords;

	/**
	 * @param refs where the definitions live, for references between them ({@code #/$defs/} in a schema file,
	 *        {@code #/components/schemas/} in an OpenAPI document)
	 * @param labels the English text of a label key of the table, where there is one
	 * @param defaultKeywords whether defaults are also {@code default} keywords, besides the description
	 */
	private CaseJsonSchema(String refs, Function<String, Optional<String>> labels, boolean defaultKeywords) {
		this.refs = refs;
		this.labels = labels;
		this.defaultKeywords = defaultKeywords;
	}

	/** The schema file: a case of version 1 or of version 2, with its definitions under {@code $defs}. */
	public static ObjectNode document(Function<String, Optional<String>> labels) {
		ObjectNode root = CaseJson.MAPPER.createObjectNode();
		root.put("$schema", DRAFT);
		root.put("title", "Ontschot case");
		root.put("description", "A case document of Ontschot (calculation.md section 2, version 2 in section 6).");
		// editors offer the default keywords when a field is added
		Map<String, ObjectNode> definitions = definitions(new CaseJsonSchema("#/$defs/", labels, true));
		root.set("oneOf", definitions.get("Case").get("oneOf"));
		ObjectNode defs = root.putObject("$defs");
		definitions.forEach((name, schema) -> {
			if (!name.equals("Case")) {
				defs.set(name, schema);
			}
		});
		return root;
	}

	/**
	 * The named schemas for an API description: {@code Case} (one of {@code CaseV1}, {@code CaseV2}), the two
	 * versions, and {@code Formula}; references point to {@code refs + name}. Defaults are only in the
	 * descriptions: a generated client writes a default keyword's value into every document it sends, also
	 * where the reader refuses the field (a year on a structural item, a term of another arrangement type).
	 */
	public static Map<String, ObjectNode> definitions(String refs, Function<String, Optional<String>> labels) {
		return definitions(new CaseJsonSchema(refs, labels, false));
	}

	private static Map<String, ObjectNode> definitions(CaseJsonSchema writer) {
		String refs = writer.refs;
		Map<String, ObjectNode> definitions = new LinkedHashMap<>();
		ObjectNode any = CaseJson.MAPPER.createObjectNode();
		any.put("description", "A case document of schema version 1 or 2.");
		ArrayNode oneOf = any.putArray("oneOf");
		oneOf.addObject().put("$ref", refs + "CaseV1");
		oneOf.addObject().put("$ref", refs + "CaseV2");
		definitions.put("Case", any);
		definitions.put("CaseV1", writer.version(1));
		definitions.put("CaseV2", writer.version(2));
		SHARED_RANGES.entrySet().stream().sorted(Map.Entry.comparingByValue())
				.forEach(range -> definitions.put(range.getValue(), writer.numberOrFormula(range.getKey())));
		ObjectNode formula = CaseJson.MAPPER.createObjectNode();
		formula.put("type", "string");
		formula.put("pattern", FORMULA_PATTERN);
		formula.put("description", "A formula (calculation.md 6.1): = followed by numbers, key figure ids, t, year, "
				+ "+ - * / ^, parentheses, min, max, round and if; evaluated in every year it is used.");
		definitions.put("Formula", formula);
		return definitions;
	}

	/** The fields of the table that a case of this version has, as one nested object. */
	private ObjectNode version(int version) {
		Node root = new Node();
		for (SchemaField field : CaseSchema.fields()) {
			if (field.since() <= version) {
				root.add(field.path(), field);
			}
		}
		ObjectNode schema = object(root, version);
		schema.put("title", "Case, schema version " + version);
		ObjectNode versionField = (ObjectNode) schema.get("properties").get("schemaVersion");
		versionField.remove("minimum");
		versionField.remove("maximum");
		versionField.putArray("enum").add(version);
		return schema;
	}

	/** One step of a path pattern: its own field, if the table has one, and what lies below it. */
	private static final class Node {

		private Optional<SchemaField> field = Optional.empty();
		private final Map<String, Node> properties = new LinkedHashMap<>();
		/** The element of a list ({@code parties[]}). */
		private Node items;
		/** The value of a map with keys of the case's own choosing ({@code weights.*}). */
		private Node values;

		void add(String path, SchemaField f) {
			int dot = path.indexOf('.');
			String step = dot < 0 ? path : path.substring(0, dot);
			String rest = dot < 0 ? "" : path.substring(dot + 1);
			boolean list = step.endsWith("[]");
			String name = list ? step.substring(0, step.length() - 2) : step;
			Node child;
			if (name.equals("*")) {
				values = values == null ? new Node() : values;
				child = values;
			} else {
				child = properties.computeIfAbsent(name, n -> new Node());
			}
			if (list) {
				child.items = child.items == null ? new Node() : child.items;
				child = child.items;
			}
			if (rest.isEmpty()) {
				child.field = Optional.of(f);
			} else {
				child.add(rest, f);
			}
		}

		boolean structured() {
			return !properties.isEmpty() || values != null || items != null;
		}
	}

	private ObjectNode schema(Node node, int version) {
		Optional<SchemaField> field = node.field;
		ObjectNode structure = node.items != null ? array(node.items, version) : node.structured()
				? object(node, version) : null;
		ObjectNode schema;
		if (field.isEmpty()) {
			schema = structure;
		} else if (structure == null) {
			schema = scalar(field.get(), version);
		} else if (isStructure(field.get())) {
			schema = structure;
		} else {
			// a field that is one value or a list of them (a financier: one party, or parties with shares); said
			// with if/then/else, which validators check in full and code generators read as any value, as a
			// oneOf of a text and a list makes openapi-generator write Java that does not compile
			schema = CaseJson.MAPPER.createObjectNode();
			ObjectNode scalar = scalar(field.get(), version);
			schema.putObject("if").set("type", scalar.get("type"));
			schema.set("then", scalar);
			schema.set("else", structure);
		}
		field.ifPresent(f -> describe(schema, f, version));
		return schema;
	}

	private static boolean isStructure(SchemaField field) {
		return switch (field.kind()) {
			case STRUCTURE, SHARES -> true;
			default -> false;
		};
	}

	private ObjectNode object(Node node, int version) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		schema.put("type", "object");
		if (!node.properties.isEmpty()) {
			ObjectNode properties = schema.putObject("properties");
			ArrayNode required = CaseJson.MAPPER.createArrayNode();
			node.properties.forEach((name, child) -> {
				properties.set(name, schema(child, version));
				if (child.field.map(SchemaField::required).orElse(false)) {
					required.add(name);
				}
			});
			if (!required.isEmpty()) {
				schema.set("required", required);
			}
		}
		if (node.values != null) {
			schema.set("additionalProperties", schema(node.values, version));
		} else {
			// unknown fields are an error: they are nearly always a typo (section 2)
			schema.put("additionalProperties", false);
		}
		return schema;
	}

	private ObjectNode array(Node items, int version) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		schema.put("type", "array");
		schema.set("items", object(items, version));
		return schema;
	}

	private ObjectNode scalar(SchemaField field, int version) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		switch (field.kind()) {
			case TEXT -> schema.put("type", "string");
			case ID, REFERENCE -> schema.put("type", "string").put("pattern", ID_PATTERN);
			case REFERENCES -> {
				schema.put("type", "array");
				schema.putObject("items").put("type", "string").put("pattern", ID_PATTERN);
			}
			case INTEGER -> range(schema.put("type", "integer"), field.range());
			case YEAR_INDEX -> schema.put("type", "integer").put("minimum", 0)
					.put("maximum", (int) CaseSchema.field("horizonYears").range().max() - 1);
			case NUMBER, MONEY, PERCENT -> {
				if (field.formula() && version >= 2) {
					String shared = SHARED_RANGES.get(field.range());
					return shared == null ? numberOrFormula(field.range())
							: CaseJson.MAPPER.createObjectNode().put("$ref", refs + shared);
				}
				range(schema.put("type", "number"), field.range());
			}
			case BOOLEAN -> schema.put("type", "boolean");
			case CHOICE -> choices(schema, field);
			case CHOICES -> {
				schema.put("type", "array");
				choices(schema.putObject("items"), field);
			}
			case STRUCTURE, SHARES -> {
				// reserved or free-form: any JSON value, which the reader accepts or judges itself
			}
		}
		return schema;
	}

	/** A number in its range, or a formula (6.1) whose value the calculation checks against that range. */
	private ObjectNode numberOrFormula(Range range) {
		ObjectNode schema = CaseJson.MAPPER.createObjectNode();
		ArrayNode oneOf = schema.putArray("oneOf");
		range(oneOf.addObject().put("type", "number"), range);
		oneOf.addObject().put("$ref", refs + "Formula");
		return schema;
	}

	private static void choices(ObjectNode schema, SchemaField field) {
		schema.put("type", "string");
		ArrayNode values = schema.putArray("enum");
		field.choices().forEach(values::add);
	}

	private static ObjectNode range(ObjectNode schema, Range range) {
		bound(schema, range.minExclusive() ? "exclusiveMinimum" : "minimum", range.min());
		bound(schema, "maximum", range.max());
		return schema;
	}

	/** Whole bounds as integers, so that the schema reads as the spec does (1900, not 1900.0). */
	private static void bound(ObjectNode schema, String name, double value) {
		if (value == Math.rint(value)) {
			schema.put(name, (long) value);
		} else {
			schema.put(name, value);
		}
	}

	private void describe(ObjectNode schema, SchemaField field, int version) {
		StringBuilder text = new StringBuilder();
		labels.apply(field.label()).ifPresent(label -> text.append(label).append('.'));
		if (field.kind() == FieldKind.ID) {
			sentence(text, "An id, unique within its list.");
		}
		if (field.kind() == FieldKind.REFERENCE || field.kind() == FieldKind.REFERENCES) {
			sentence(text, "Refers by id to a party, target group, allocation key, activity, item or key figure "
					+ "of the case.");
		}
		if (field.kind() == FieldKind.PERCENT) {
			sentence(text, "A fraction: 0.0225 is 2.25 %.");
		}
		if (field.kind() == FieldKind.YEAR_INDEX) {
			sentence(text, "A year index, 0 for startYear, below horizonYears.");
		}
		if (field.formula() && version >= 2) {
			sentence(text, field.timing() == Timing.ONCE
					? "A number or a formula; used once, with the values of year index 0 of the plan."
					: "A number or a formula; a formula is evaluated in every year, so the value may vary per year.");
		}
		field.defaultValue().ifPresent(d -> sentence(text, "Default: " + defaultValue(field, d) + "."));
		if (field.nonEmpty()) {
			schema.put("minItems", 1);
		}
		if (!text.isEmpty()) {
			schema.put("description", text.toString());
		}
		if (defaultKeywords) {
			field.defaultValue().ifPresent(d -> schema.set("default", defaultValue(field, d)));
		}
	}

	private static void sentence(StringBuilder text, String sentence) {
		if (!text.isEmpty()) {
			text.append(' ');
		}
		text.append(sentence);
	}

	private static JsonNode defaultValue(SchemaField field, String value) {
		return switch (field.kind()) {
			case INTEGER, YEAR_INDEX -> CaseJson.MAPPER.getNodeFactory().numberNode(Integer.parseInt(value));
			case NUMBER, MONEY, PERCENT -> CaseJson.MAPPER.getNodeFactory().numberNode(Double.parseDouble(value));
			case BOOLEAN -> CaseJson.MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
			default -> CaseJson.MAPPER.getNodeFactory().stringNode(value);
		};
	}
}
