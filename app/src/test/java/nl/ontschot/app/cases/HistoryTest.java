package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Geschiedenis: who changed what when in words, two versions compared (inputs and results), and an earlier
 * version restored as a new one, through the page and the API.
 */
class HistoryTest extends ApiTestBase {

	private static final String DOCUMENT = SharedFiles.read("cases/druppelbril.json");

	private User owner;
	private String location;
	private String page;
	private BrowserSession browser;

	@BeforeEach
	void aCaseWhoseSuccessRateAZorgverzekeraarChanged() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		location = owner.api().post("/api/v1/cases", DOCUMENT).header("Location").orElseThrow();
		page = location.replace("/api/v1", "") + "/geschiedenis";
		browser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		JsonNode groups = owner.api().get(location).json().get("targetGroups");
		assertThat(groups.get(0).get("successRate").asDouble()).isEqualTo(0.7);
		String version = owner.api().get(location).header("ETag").orElseThrow();
		assertThat(owner.api().header("If-Match", version).put(location, DOCUMENT.replace(
				"\"successRate\": 0.7}", "\"successRate\": 0.55}")).status()).isEqualTo(200);
	}

	@Test
	void theHistorySaysWhoChangedWhatInWordsAndComparesTheResults() {
		String html = browser.get(page).body();

		assertThat(html).contains("Versie 2", "Versie 1", "Zorgverzekeraar Zuid maakte de casus aan",
				"Zorgverzekeraar Zuid wijzigde doelgroep", "slagingspercentage van 70 % naar 55 %")
				.doesNotContain("targetGroups[", "successRate");
		// the latest two compared by default: what differs, and each party's result in both
		assertThat(html).contains("Wat er in de invoer verschilt van versie 1 naar versie 2",
				"Netto (versie 1)", "Netto (versie 2)", "Thuiszorg Noord");
	}

	@Test
	void removingALineIsOneChangeAndAFieldOfALaterLineNamesItsOwnOldValue() {
		String version = owner.api().get(location).header("ETag").orElseThrow();
		ObjectNode document = (ObjectNode) owner.api().get(location).json();
		ArrayNode items = (ArrayNode) document.get("items");
		items.remove(0);
		((ObjectNode) items.get(2)).put("amount", 25000);
		assertThat(owner.api().header("If-Match", version).put(location, document.toString()).status())
				.isEqualTo(200);

		String html = browser.get(page).body();
		assertThat(html).contains("verwijderde", "Druppelbrillen thuis", "Projectleiding",
				"van € 20.000 naar € 25.000");
		// the lines after the removed one are matched by their id, not read as changed one by one
		assertThat(html).doesNotContain("Druppelbrillen verpleeghuis", "Instructie cliënten");
	}

	@Test
	void linesInAnotherOrderReadAsSuchBesideTheChangeOfALine() {
		String version = owner.api().get(location).header("ETag").orElseThrow();
		ObjectNode document = (ObjectNode) owner.api().get(location).json();
		ArrayNode items = (ArrayNode) document.get("items");
		JsonNode first = items.remove(0);
		items.insert(1, first);
		((ObjectNode) items.get(3)).put("amount", 25000);
		assertThat(owner.api().header("If-Match", version).put(location, document.toString()).status())
				.isEqualTo(200);

		assertThat(browser.get(page).body()).contains("zette de kosten- en batenposten in een andere volgorde",
				"Projectleiding", "van € 20.000 naar € 25.000").doesNotContain("wijzigde de casus");
		assertThat(owner.api().get(location + "/audit").status()).isEqualTo(200);
	}

	@Test
	void aNameThatTurnsTheReadingDirectionIsRefusedWithItsPlace() {
		String version = owner.api().get(location).header("ETag").orElseThrow();
		String reversed = owner.api().get(location).body().replace("\"name\": \"Thuiszorg Noord\"",
				"\"name\": \"Thuiszorg \\u202eNoord\"");
		assertThat(reversed).contains("\\u202e");

		Api.Response refused = owner.api().header("If-Match", version).put(location, reversed);
		Api.Response created = owner.api().post("/api/v1/cases", reversed);

		for (Api.Response response : List.of(refused, created)) {
			assertThat(response.status()).isEqualTo(400);
			JsonNode error = response.json().get("errors").get(0);
			assertThat(error.get("path").asString()).matches("parties\\[\\d+\\]\\.name");
			assertThat(error.get("message").asString()).contains("leesrichting");
		}
	}

	@Test
	void aFieldOfTheCaseReadsInTheMiddleOfASentence() {
		String version = owner.api().get(location).header("ETag").orElseThrow();
		String current = owner.api().get(location).body();
		assertThat(owner.api().header("If-Match", version).put(location, current.replace("\"method\": \"SHAPLEY\"",
				"\"method\": \"BREAK_EVEN\"")).status()).isEqualTo(200);

		String html = browser.get(page).body();
		assertThat(html).containsPattern("Zorgverzekeraar Zuid wijzigde [a-z][^<]* van [^<]+ naar [^<]+")
				.doesNotContain("SHAPLEY", "BREAK_EVEN");
	}

	@Test
	void anEarlierVersionIsRestoredAsANewVersionAndRecorded() {
		assertThat(browser.get(page).body()).contains("Versie 1 terugzetten");
		String restored = browser.post(page + "/1/terugzetten", Map.of()).headers().firstValue("Location")
				.orElseThrow();

		assertThat(restored).endsWith("/geschiedenis");
		assertThat(owner.api().get(location).json()).isEqualTo(owner.api().get(location + "/versions/1").json());
		assertThat(owner.api().get(location).header("ETag").orElseThrow()).isEqualTo("\"3\"");
		assertThat(owner.api().get(location + "/audit").json().findValuesAsString("action")).last()
				.isEqualTo("RESTORE");
		assertThat(browser.get(page).body()).contains("Versie 3", "zette versie 1 terug",
				"slagingspercentage van 55 % naar 70 %");
		// the API does the same; a version that is the latest already makes no new one
		assertThat(owner.api().post(location + "/versions/3/restore", "").status()).isEqualTo(200);
		assertThat(owner.api().get(location).header("ETag").orElseThrow()).isEqualTo("\"3\"");
	}

	@Test
	void aViewerCannotRestoreAndAStrangerSeesNoHistory() {
		User viewer = newUser("kijker", "Gemeente Noord");
		owner.api().put(location + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
		User stranger = newUser("vreemde", "Woningcorporatie Oost");

		assertThat(viewer.api().post(location + "/versions/1/restore", "").status()).isEqualTo(403);
		assertThat(new BrowserSession(port, viewer.username(), PASSWORD, "nl-NL").get(page).body())
				.contains("Versie 2").doesNotContain("terugzetten");
		assertThat(stranger.api().post(location + "/versions/1/restore", "").status()).isEqualTo(404);
		assertThat(new BrowserSession(port, stranger.username(), PASSWORD, "nl-NL").get(page).statusCode())
				.isEqualTo(404);
		assertThat(owner.api().get(location).header("ETag").orElseThrow()).isEqualTo("\"2\"");
	}
}
