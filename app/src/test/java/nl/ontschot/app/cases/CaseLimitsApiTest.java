package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad and big input to the API: each refused with a clear 4xx that names the problem, nothing stored. */
class CaseLimitsApiTest extends ApiTestBase {

	private static final String DOCUMENT = SharedFiles.read("cases/druppelbril.json");

	private User user;

	@BeforeEach
	void aUser() {
		user = newUser("grens", "Gemeente Grens");
	}

	private int cases() {
		return user.api().get("/api/v1/cases").json().size();
	}

	@Test
	void aCaseWithMoreThan200PartiesIsRefusedNamingTheLimit() {
		ObjectNode big = (ObjectNode) Api.JSON.readTree(DOCUMENT);
		ArrayNode parties = (ArrayNode) big.get("parties");
		for (int i = 0; i < 20_000; i++) {
			parties.addObject().put("id", "p" + i).put("name", "Partij " + i).put("type", "OTHER");
		}

		Api.Response calculated = user.api().post("/api/v1/calculations", big.toString());
		Api.Response stored = user.api().post("/api/v1/cases", big.toString());

		assertThat(calculated.status()).isEqualTo(400);
		assertThat(calculated.json().get("errors")).hasSize(1);
		assertThat(calculated.json().at("/errors/0/path").asString()).isEqualTo("parties");
		assertThat(calculated.json().at("/errors/0/message").asString())
				.isEqualTo("een casus heeft ten hoogste 200 partijen; deze heeft er 20.004");
		assertThat(stored.status()).isEqualTo(400);
		assertThat(cases()).isZero();
	}

	@Test
	void aBodyThatIsNotJsonGets415() {
		Api.Response refused = user.api().send("POST", "/api/v1/cases", "text/plain", DOCUMENT.getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).isEqualTo(415);
		assertThat(refused.json().at("/errors/0/message").asString()).contains("JSON");
		assertThat(cases()).isZero();
	}

	@Test
	void textThatIsNotUtf8IsRefusedInsteadOfStoredWithReplacementCharacters() {
		byte[] latin1 = DOCUMENT.getBytes(StandardCharsets.ISO_8859_1);

		Api.Response refused = user.api().send("POST", "/api/v1/cases", "application/json", latin1);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/message").asString()).contains("UTF-8");
		assertThat(cases()).isZero();
	}

	@Test
	void aNulCharacterGets400WithItsField() {
		String withNul = DOCUMENT.replace("\"name\": \"Thuiszorg Noord\"", "\"name\": \"Thuiszorg\\u0000Noord\"");

		Api.Response refused = user.api().post("/api/v1/cases", withNul);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/path").asString()).isEqualTo("parties[0].name");
		assertThat(cases()).isZero();
	}

	@Test
	void theApiDescriptionStatesTheLimits() {
		String description = api().get("/v3/api-docs").json().at("/info/description").asString();

		assertThat(description).contains("at most 200 parties", "20,000 lines", "200,000", "503 with Retry-After", "5 MB");
	}
}
