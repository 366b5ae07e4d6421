package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.JsonComparison;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The case API over HTTP against the embedded PostgreSQL, as a client program uses it. */
class CaseApiTest extends ApiTestBase {

	static List<String> exampleCases() {
		return SharedFiles.exampleCases();
	}

	private static String example(String name) {
		return SharedFiles.read("cases/" + name + ".json");
	}

	private static String created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.header("Location").orElseThrow();
	}

	@ParameterizedTest
	@MethodSource("exampleCases")
	void everyExampleCaseRoundTripsAndCalculatesAsExpected(String name) {
		Api owner = newUser("eigenaar", "Gemeente Middenstad").api();
		String document = example(name);

		String location = created(owner.post("/api/v1/cases", document));
		Api.Response read = owner.get(location);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).isEqualTo(document);
		assertThat(read.header("ETag")).contains("\"1\"");
		JsonNode expected = Api.JSON.readTree(SharedFiles.read("cases/" + name + ".expected.json"));
		assertThat(JsonComparison.differences(expected, owner.get(location + "/result").json(), 0.01)).isEmpty();
		assertThat(owner.get("/api/v1/cases").json().findValuesAsString("id"))
				.contains(location.substring(location.lastIndexOf('/') + 1));
	}

	static List<String> exampleCasesV2() {
		return SharedFiles.exampleCasesV2();
	}

	@ParameterizedTest
	@MethodSource("exampleCasesV2")
	void everyVersion2ExampleIsStoredAndCalculatedLikeVersion1(String name) {
		Api owner = newUser("eigenaar", "Zorgverzekeraar Zuid").api();
		String document = SharedFiles.read("cases-v2/" + name + ".json");

		String location = created(owner.post("/api/v1/cases", document));
		JsonNode result = owner.get(location + "/result").json();
		Api.Response calculated = owner.post("/api/v1/calculations", document);

		assertThat(owner.get(location).body()).isEqualTo(document);
		ObjectNode expected = (ObjectNode) Api.JSON.readTree(SharedFiles.read("cases-v2/" + name + ".expected.json"));
		// the uncertainty part (calculation.md 6.8) is a sample: the engine's tests compare it within sampling
		// error; here it is there with its tornado exactly as expected, and the rest within a cent
		assertThat(result.has("uncertainty")).isEqualTo(expected.has("uncertainty"));
		if (expected.has("uncertainty")) {
			assertThat(JsonComparison.differences(expected.get("uncertainty").get("tornado"),
					result.get("uncertainty").get("tornado"), 0.01)).isEmpty();
		}
		expected.remove("uncertainty");
		((ObjectNode) result).remove("uncertainty");
		expected.remove("warnings");
		((ObjectNode) result).remove("warnings");
		assertThat(JsonComparison.differences(expected, result, 0.01)).isEmpty();
		assertThat(calculated.status()).isEqualTo(200);
		assertThat(calculated.json().get("schemaVersion").asInt()).isEqualTo(2);
	}

	@Test
	void aCalculationWithinTheRequestRunsAtMostTwentyThousandDraws() {
		Api user = newUser("trekker", "Gemeente Middenstad").api();
		String document = SharedFiles.read("cases-v2/valpreventie-hib.json");
		assertThat(document).contains("\"iterations\": 2000");
		String many = document.replace("\"iterations\": 2000", "\"iterations\": 20001");

		Api.Response refused = user.post("/api/v1/calculations", many);
		String location = created(user.post("/api/v1/cases", many));
		Api.Response stored = user.get(location + "/result");
		Api.Response allowed = user.post("/api/v1/calculations", document.replace("\"iterations\": 2000",
				"\"iterations\": 20000"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("message").asString())
				.contains("20001", "hoogstens 20000");
		assertThat(stored.status()).isEqualTo(400);
		assertThat(stored.json().get("errors").get(0).get("message").asString())
				.contains("als simulatie op de achtergrond (POST /api/v1/cases/{id}/simulations)");
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.json().get("uncertainty").get("iterations").asInt()).isEqualTo(20000);
	}

	@Test
	void aFormulaOutsideItsRangeInALaterYearIsRefusedWithItsYear() {
		Api user = newUser("rekenaar", "Gemeente Middenstad").api();
		String document = SharedFiles.read("cases-v2/sociaal-hospitaal-voorfinanciering.json")
				.replace("\"successRate\": \"=duurzaam_thuis\"", "\"successRate\": \"=duurzaam_thuis + 0.1 * t\"");

		Api.Response refused = user.post("/api/v1/cases", document);

		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("path").asString()).isEqualTo("targetGroups[0].successRate");
		assertThat(error.get("message").asString()).contains("2030").contains("1,06").contains("hoogstens 1");
		assertThat(user.get("/api/v1/cases").json().size()).isZero();
	}

	@Test
	void calculationsAreNotStored() {
		Api user = newUser("rekenaar", "Zorgkantoor Regio").api();

		Api.Response result = user.post("/api/v1/calculations", example("druppelbril"));

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.json().get("settlement").get("method").asString()).isEqualTo("SHAPLEY");
		assertThat(user.get("/api/v1/cases").json().size()).isZero();
	}

	@Test
	void theSecondOfTwoWritersGets412AndTheFirstWriteStands() {
		Api owner = newUser("eigenaar", "Thuiszorg Noord").api();
		String location = created(owner.post("/api/v1/cases", example("druppelbril")));
		String first = example("druppelbril").replace("\"population\": 150", "\"population\": 160");
		String second = example("druppelbril").replace("\"population\": 150", "\"population\": 170");

		Api.Response firstSave = owner.header("If-Match", "\"1\"").put(location, first);
		Api.Response secondSave = owner.header("If-Match", "\"1\"").put(location, second);

		assertThat(firstSave.status()).isEqualTo(200);
		assertThat(firstSave.header("ETag")).contains("\"2\"");
		assertThat(secondSave.status()).isEqualTo(412);
		assertThat(secondSave.json().get("errors").get(0).get("message").asString()).contains("versie 2");
		assertThat(owner.get(location).body()).isEqualTo(first);
	}

	@Test
	void aSaveWithoutIfMatchIsRefused() {
		Api owner = newUser("eigenaar", "Thuiszorg Noord").api();
		String location = created(owner.post("/api/v1/cases", example("wijkaanpak")));

		assertThat(owner.put(location, example("wijkaanpak")).status()).isEqualTo(428);
		assertThat(owner.get(location).header("ETag")).contains("\"1\"");
	}

	@Test
	void anInvalidCaseGets400WithEveryProblemAndIsNotStored() {
		Api owner = newUser("eigenaar", "Thuiszorg Noord").api();
		ObjectNode invalid = (ObjectNode) Api.JSON.readTree(example("druppelbril"));
		invalid.put("horizonYears", 0);
		((ObjectNode) invalid.get("activities").get(1).get("future")).put("volume", -6);

		Api.Response response = owner.header("Accept-Language", "en").post("/api/v1/cases", invalid.toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("path"))
				.containsExactlyInAnyOrder("horizonYears", "activities[1].future.volume");
		assertThat(response.json().get("errors").findValuesAsString("message")).contains("must be 0 or more");
		assertThat(owner.get("/api/v1/cases").json().size()).isZero();
	}

	@Test
	void anInvalidSaveLeavesTheStoredCaseAsItWas() {
		Api owner = newUser("eigenaar", "Thuiszorg Noord").api();
		String location = created(owner.post("/api/v1/cases", example("druppelbril")));

		Api.Response response = owner.header("If-Match", "\"1\"").put(location, "{\"schemaVersion\": 1,");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("path").asString()).startsWith("line 1, column");
		assertThat(owner.get(location).body()).isEqualTo(example("druppelbril"));
		assertThat(owner.get(location + "/versions").json().size()).isEqualTo(1);
	}

	@Test
	void requestsOverFiveMegabytesGet413() {
		Api user = newUser("groot", "Ziekenhuis Midden").api();
		String huge = "{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";

		Api.Response response = user.post("/api/v1/calculations", huge);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("5 MB");
	}

	@Test
	void everyChangeIsInTheAuditTrailAndEveryVersionCanBeReadBack() {
		Api owner = newUser("eigenaar", "Zorgverzekeraar Zuid").api();
		String location = created(owner.post("/api/v1/cases", example("druppelbril")));
		String changed = example("druppelbril").replace("\"population\": 150", "\"population\": 160")
				.replace("\"method\": \"SHAPLEY\"", "\"method\": \"BREAK_EVEN\"");
		owner.header("If-Match", "\"1\"").put(location, changed);

		JsonNode audit = owner.get(location + "/audit").json();

		assertThat(audit.findValuesAsString("action")).containsExactly("CREATE", "UPDATE", "UPDATE");
		JsonNode population = audit.get(1);
		assertThat(population.get("path").asString()).isEqualTo("targetGroups[0].population");
		assertThat(population.get("oldValue").asInt()).isEqualTo(150);
		assertThat(population.get("newValue").asInt()).isEqualTo(160);
		assertThat(population.get("version").asInt()).isEqualTo(2);
		assertThat(audit.get(2).get("path").asString()).isEqualTo("settlement.method");
		assertThat(audit.get(1).get("user").asString()).isEqualTo(audit.get(0).get("user").asString());

		assertThat(owner.get(location + "/versions").json().findValuesAsString("version")).containsExactly("2", "1");
		assertThat(owner.get(location + "/versions/1").body()).isEqualTo(example("druppelbril"));
		assertThat(owner.get(location + "/versions/2").body()).isEqualTo(changed);
	}

	@Test
	void theOwnerDeletesACase() {
		Api owner = newUser("eigenaar", "Gemeente Middenstad").api();
		String location = created(owner.post("/api/v1/cases", example("wijkaanpak")));

		assertThat(owner.delete(location).status()).isEqualTo(204);
		assertThat(owner.get(location).status()).isEqualTo(404);
	}

	@Test
	void aCaseStartsFromATemplate() {
		Api owner = newUser("eigenaar", "Gemeente Middenstad").api();
		JsonNode templates = owner.get("/api/v1/templates").json();
		assertThat(templates.findValuesAsString("id"))
				.containsExactly("druppelbril", "valpreventie", "wijkaanpak", "samen-indiceren", "ontschotte-pot");

		String location = created(owner.post("/api/v1/cases?template=valpreventie", ""));

		JsonNode document = owner.get(location).json();
		assertThat(document.get("name").asString()).isEqualTo("Valpreventie ouderen in de regio");
		assertThat(document.get("description").asString()).startsWith("Sjabloon:");
	}
}
