package nl.ontschot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.json.CaseJsonSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /schema/case.json: served without login, and it accepts every example case and refuses broken ones; the
 * schema of a result in the API description accepts every expected and every calculated result.
 */
class CaseSchemaApiTest extends ApiTestBase {

	private Schema served() {
		Api.Response response = api().anonymous().get("/schema/case.json");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/schema+json"));
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(response.body());
	}

	@Test
	void everyExampleCaseIsValid() {
		Schema schema = served();
		Stream<String> cases = Stream.concat(SharedFiles.exampleCases().stream().map(n -> "cases/" + n),
				SharedFiles.exampleCasesV2().stream().map(n -> "cases-v2/" + n));
		cases.forEach(name -> assertThat(schema.validate(Api.JSON.readTree(SharedFiles.read(name + ".json"))))
				.as(name).isEmpty());
	}

	@Test
	void aBrokenCaseIsRefusedAtItsField() {
		Schema schema = served();
		ObjectNode v1 = (ObjectNode) Api.JSON.readTree(SharedFiles.read("cases/druppelbril.json"));
		((ObjectNode) v1.get("parties").get(0)).put("type", "GEMEENTE");
		ObjectNode withFormula = (ObjectNode) Api.JSON.readTree(SharedFiles.read("cases/druppelbril.json"));
		withFormula.put("discountRate", "=0.03");
		ObjectNode v2 = (ObjectNode) Api.JSON.readTree(SharedFiles.read("cases-v2/valpreventie-hib.json"));
		((ObjectNode) v2.get("targetGroups").get(0)).put("reachRate", 1.5);
		v2.put("typo", true);

		assertThat(schema.validate(v1)).isNotEmpty();
		// a formula needs schema version 2
		assertThat(schema.validate(withFormula)).isNotEmpty();
		withFormula.put("schemaVersion", 2);
		assertThat(schema.validate(withFormula)).isEmpty();
		List<String> problems = schema.validate(v2).stream().map(Object::toString).toList();
		assertThat(problems).anyMatch(p -> p.contains("reachRate")).anyMatch(p -> p.contains("typo"));
	}

	@Test
	void everyResultFitsTheResultSchemaOfTheApiDescription() {
		JsonNode api = api().anonymous().get("/v3/api-docs").json();
		ObjectNode document = Api.JSON.createObjectNode().put("$schema", CaseJsonSchema.DRAFT)
				.put("$ref", "#/components/schemas/CalculationResult");
		document.set("components", api.get("components"));
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(document.toString());
		Api user = newUser("rekenaar", "Gemeente Middenstad").api();
		Stream.concat(SharedFiles.exampleCases().stream().map(n -> "cases/" + n),
				SharedFiles.exampleCasesV2().stream().map(n -> "cases-v2/" + n)).forEach(name -> {
					JsonNode calculated = user.post("/api/v1/calculations", SharedFiles.read(name + ".json")).json();
					assertThat(schema.validate(calculated)).as(name).isEmpty();
					assertThat(schema.validate(Api.JSON.readTree(SharedFiles.read(name + ".expected.json"))))
							.as(name + ".expected").isEmpty();
				});
		JsonNode broken = ((ObjectNode) Api.JSON.readTree(SharedFiles.read("cases/druppelbril.expected.json")))
				.put("years", "2026");
		assertThat(schema.validate(broken)).isNotEmpty();
	}

	@Test
	void theSchemaSaysWhatTheTableSays() {
		JsonNode schema = api().anonymous().get("/schema/case.json").json();
		JsonNode volume = schema.at("/$defs/CaseV2/properties/activities/items/properties/current/properties/volume");
		assertThat(volume.get("description").asString()).startsWith("Volume now.");
		assertThat(volume.get("$ref").asString()).isEqualTo("#/$defs/NonNegativeOrFormula");
	}
}
