package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/** On the list of cases: a case copied as one's own, and deleted by its owner only, after confirming. */
class CaseListActionsTest extends ApiTestBase {

	@Test
	void aMemberCopiesACaseAsItsOwnAndOnlyTheOwnerDeletesIt() {
		User owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		User editor = newUser("bewerker", "Thuiszorg Noord");
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow();
		owner.api().put(location + "/members/" + editor.username(), "{\"role\": \"EDITOR\"}");
		String page = location.replace("/api/v1", "");
		BrowserSession browser = new BrowserSession(port, editor.username(), PASSWORD, "nl-NL");

		String list = browser.get("/cases").body();
		assertThat(list).contains("Kopiëren").doesNotContain("Ja, verwijder deze casus");
		String copy = browser.post(page + "/kopie", Map.of()).headers().firstValue("Location").orElseThrow();
		String copyId = copy.replaceAll(".*/cases/([^/]+)/overview", "$1");
		JsonNode copied = editor.api().get("/api/v1/cases/" + copyId).json();
		assertThat(copied.get("name").asString()).isEqualTo("Druppelbril in thuiszorg en verpleeghuis (kopie)");
		assertThat(copied.get("parties")).isEqualTo(owner.api().get(location).json().get("parties"));
		assertThat(editor.api().get("/api/v1/cases/" + copyId + "/members").json().get(0).get("role").asString())
				.isEqualTo("OWNER");

		browser.get("/cases");
		assertThat(browser.post(page + "/verwijderen", Map.of()).statusCode()).isEqualTo(403);
		assertThat(owner.api().get(location).status()).isEqualTo(200);

		BrowserSession ownerBrowser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		assertThat(ownerBrowser.get("/cases").body()).contains("Ja, verwijder deze casus");
		assertThat(ownerBrowser.post(page + "/verwijderen", Map.of()).headers().firstValue("Location").orElseThrow())
				.endsWith("/cases");
		assertThat(ownerBrowser.get("/cases").body()).contains("De casus Druppelbril in thuiszorg en verpleeghuis is verwijderd.");
		assertThat(owner.api().get(location).status()).isEqualTo(404);
	}
}
