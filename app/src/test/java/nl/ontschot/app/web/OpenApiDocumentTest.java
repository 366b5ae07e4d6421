package nl.ontschot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The API description names the case, the result and the error body, and every operation says which errors it
 * answers. Writes the document to target/openapi.json, for Redocly's lint and for a look.
 */
class OpenApiDocumentTest extends ApiTestBase {

	private JsonNode document() throws IOException {
		Api.Response response = api().anonymous().get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		Files.writeString(Path.of("target", "openapi.json"), response.json().toPrettyString());
		return response.json();
	}

	@Test
	void theCaseTheResultAndTheErrorAreComponents() throws IOException {
		JsonNode api = document();

		assertThat(api.get("openapi").asString()).startsWith("3.1");
		assertThat(api.at("/components/schemas").propertyNames()).contains("Case", "CaseV1", "CaseV2", "Formula",
				"CalculationResult", "ApiError");
		assertThat(api.at("/paths/~1api~1v1~1cases/post/requestBody/content/application~1json/schema/$ref")
				.asString()).isEqualTo("#/components/schemas/Case");
		assertThat(api.at("/paths/~1api~1v1~1cases~1{id}/get/responses/200/content/application~1json/schema/$ref")
				.asString()).isEqualTo("#/components/schemas/Case");
		assertThat(api.at("/paths/~1api~1v1~1calculations/post/responses/200/content/application~1json/schema/$ref")
				.asString()).isEqualTo("#/components/schemas/CalculationResult");
		assertThat(api.at("/paths/~1api~1v1~1cases/post/responses").propertyNames()).contains("201")
				.doesNotContain("200");
	}

	@Test
	void everyOperationAnswersItsErrorsWithTheErrorBody() throws IOException {
		JsonNode api = document();
		List<String> without = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode unauthorized = operation.getValue().at("/responses/401/content/application~1json/schema/$ref");
				if (!unauthorized.asString("").equals("#/components/schemas/ApiError")) {
					without.add(operation.getKey() + " " + path.getKey());
				}
			}
		}
		assertThat(without).isEmpty();
		assertThat(api.at("/paths/~1api~1v1~1cases~1{id}/put/responses").propertyNames()).contains("400", "401",
				"403", "404", "412", "413", "415", "428");
	}
}
