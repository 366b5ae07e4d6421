package nl.ontschot.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.ontschot.engine.schema.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The case schema follows the schema table: types, ranges, choices, formulas and required fields. */
class CaseJsonSchemaTest {

	private final ObjectNode schema = CaseJsonSchema.document(key -> Optional.empty());

	private JsonNode version(int v) {
		return schema.get("$defs").get("CaseV" + v);
	}

	@Test
	void aCaseIsOfVersion1Or2() {
		assertThat(schema.get("$schema").asString()).isEqualTo(CaseJsonSchema.DRAFT);
		assertThat(schema.get("oneOf").findValuesAsString("$ref")).containsExactly("#/$defs/CaseV1", "#/$defs/CaseV2");
		assertThat(version(1).at("/properties/schemaVersion/enum/0").asInt()).isEqualTo(1);
		assertThat(version(2).at("/properties/schemaVersion/enum/0").asInt()).isEqualTo(2);
		assertThat(version(2).get("required").valueStream().map(JsonNode::asString))
				.containsExactly("schemaVersion", "name", "startYear", "horizonYears", "parties");
		assertThat(version(2).get("additionalProperties").asBoolean(true)).isFalse();
	}

	@Test
	void numbersHaveTheRangeOfTheTableAndAreFormulasOnlyInVersion2() {
		JsonNode v1 = version(1).at("/properties/targetGroups/items/properties/reachRate");
		assertThat(v1.get("type").asString()).isEqualTo("number");
		assertThat(v1.get("minimum").asInt()).isZero();
		assertThat(v1.get("maximum").asInt()).isEqualTo(1);
		assertThat(v1.get("default").asDouble()).isEqualTo(1.0);

		JsonNode v2 = version(2).at("/properties/targetGroups/items/properties/reachRate");
		assertThat(v2.get("$ref").asString()).isEqualTo("#/$defs/FractionOrFormula");
		assertThat(v2.get("default").asDouble()).isEqualTo(1.0);
		JsonNode fraction = schema.at("/$defs/FractionOrFormula");
		assertThat(fraction.at("/oneOf/0/maximum").asInt()).isEqualTo(1);
		assertThat(fraction.at("/oneOf/1/$ref").asString()).isEqualTo("#/$defs/Formula");
		assertThat(schema.at("/$defs/PositiveOrFormula/oneOf/0/exclusiveMinimum").asInt()).isZero();
		// a range of its own: inline
		assertThat(version(2).at("/properties/discountRate/oneOf/0/maximum").asDouble()).isEqualTo(0.5);
	}

	@Test
	void listsMapsChoicesAndFieldsOfVersion2() {
		JsonNode party = version(1).at("/properties/parties/items");
		assertThat(party.get("required").valueStream().map(JsonNode::asString)).containsExactly("id", "name", "type");
		assertThat(version(1).at("/properties/parties/minItems").asInt()).isEqualTo(1);
		assertThat(version(2).at("/properties/arrangements/items/properties/recipients/minItems").asInt()).isEqualTo(1);
		assertThat(version(2).at("/properties/arrangements/items/properties/scope/minItems").asInt()).isEqualTo(1);
		assertThat(party.at("/properties/type/enum").valueStream().map(JsonNode::asString)).contains("MUNICIPALITY",
				"OTHER");
		assertThat(version(1).at("/properties/parameters").isMissingNode()).isTrue();
		assertThat(version(2).at("/properties/parameters/items/required/0").asString()).isEqualTo("id");
		// a financier is one party, or in version 2 parties that pay together
		assertThat(version(1).at("/properties/activities/items/properties/financier/type").asString())
				.isEqualTo("string");
		assertThat(version(2).at("/properties/activities/items/properties/financier/else/items/required")
				.valueStream().map(JsonNode::asString)).containsExactly("party", "share");
		assertThat(version(2).at("/properties/allocationKeys/items/properties/weights/additionalProperties/$ref")
				.asString()).isEqualTo("#/$defs/NonNegativeOrFormula");
		assertThat(version(2).at("/properties/activities/items/required").valueStream().map(JsonNode::asString))
				.containsExactly("id", "name", "provider", "current");
	}

	@Test
	void everyFieldOfTheTableIsInTheSchemaOfItsVersion() {
		List<String> missing = new ArrayList<>();
		for (var field : CaseSchema.fields()) {
			if (version(field.since()).at(pointer(field.path())).isMissingNode()) {
				missing.add(field.path());
			}
		}
		assertThat(missing).isEmpty();
	}

	/** Where a path pattern of the table lies in the schema; a list field that may also be one value is oneOf. */
	private static String pointer(String path) {
		StringBuilder pointer = new StringBuilder();
		for (String step : path.split("\\.")) {
			boolean list = step.endsWith("[]");
			String name = list ? step.substring(0, step.length() - 2) : step;
			pointer.append(name.equals("*") ? "/additionalProperties" : "/properties/" + name);
			if (list) {
				pointer.append(name.equals("financier") ? "/else/items" : "/items");
			}
		}
		return pointer.toString();
	}

	@Test
	void theResultSchemaNamesItsParts() {
		assertThat(ResultJsonSchema.definitions("#/$defs/")).containsKeys("CalculationResult", "PartyResult",
				"SettlementResult");
	}
}
