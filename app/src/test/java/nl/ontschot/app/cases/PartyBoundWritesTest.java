package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * What an editor bound to one party (thuiszorg, in druppelbril) and editors without a party may write,
 * through the API and through the field form alike: the same rules, and nothing stored when refused.
 */
class PartyBoundWritesTest extends ApiTestBase {

	private static final String DOCUMENT = SharedFiles.read("cases/druppelbril.json");

	private User owner;
	private User thuiszorg;
	private User editor;
	private String location;

	@BeforeEach
	void aCaseWithAPartyBoundEditor() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		editor = newUser("bewerker", "Zorgkantoor Regio");
		location = owner.api().post("/api/v1/cases", DOCUMENT).header("Location").orElseThrow();
		owner.api().put(location + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		owner.api().put(location + "/members/" + editor.username(), "{\"role\": \"EDITOR\"}");
	}

	private Api.Response put(User user, String document) {
		String version = owner.api().get(location).header("ETag").orElseThrow();
		return user.api().header("If-Match", version).put(location, document);
	}

	private static String change(String from, String to) {
		assertThat(DOCUMENT).contains(from);
		return DOCUMENT.replace(from, to);
	}

	@Test
	void aPartyCannotMakeAnotherPartyPayForItsActivity() {
		Api.Response refused = put(thuiszorg, change("\"provider\": \"thuiszorg\", \"financier\": \"verzekeraar\"",
				"\"provider\": \"thuiszorg\", \"financier\": \"zorgkantoor\""));

		assertThat(refused.status()).isEqualTo(403);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("path").asString()).isEqualTo("activities[0].financier");
		assertThat(error.get("message").asString()).contains("Thuiszorg Noord", "wie betaalt");
		assertThat(owner.api().get(location).body()).isEqualTo(DOCUMENT);
	}

	@Test
	void aPartyCannotAddAnActivityBilledToAnotherParty() {
		Api.Response refused = put(thuiszorg, change("\"activities\": [", """
				"activities": [{"id": "extra", "name": "Extra uren", "provider": "thuiszorg", "financier": "verzekeraar",
				 "basis": "TOTAL", "current": {"volume": 0, "tariff": 78.5}, "future": {"volume": 1000}},"""));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("activities[0]");
	}

	@Test
	void aPartyCannotMakeItselfEssential() {
		Api.Response refused = put(thuiszorg, change("\"type\": \"CARE_PROVIDER\", \"domains\": [\"ZVW\"]",
				"\"type\": \"CARE_PROVIDER\", \"essential\": true, \"domains\": [\"ZVW\"]"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("parties[0].essential");
	}

	@Test
	void aPartyChangesTheFiguresOfItsActivityAndAddsAnItemItBearsAlone() {
		Api.Response saved = put(thuiszorg, change("\"future\": {\"volume\": 6.0}},", "\"future\": {\"volume\": 8.0}},")
				.replace("\"items\": [", """
						"items": [{"id": "koffie", "name": "Koffie", "party": "thuiszorg", "type": "COST",
						 "recurrence": "INCIDENTAL", "amount": 50},"""));

		assertThat(saved.status()).isEqualTo(200);
	}

	@Test
	void theFieldFormFollowsTheSameRules() {
		BrowserSession browser = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		String page = location.replace("/api/v1", "");
		browser.get(page + "/activiteiten");

		HttpResponse<String> financier = browser.post(page + "/field", Map.of("path", "activities[0].financier",
				"value", "zorgkantoor", "original", "\"verzekeraar\""));
		HttpResponse<String> essential = browser.post(page + "/field", Map.of("path", "parties[0].essential",
				"value", "true"));
		HttpResponse<String> volume = browser.post(page + "/field", Map.of("path", "activities[0].future.volume",
				"value", "7", "original", "6.0"));

		assertThat(financier.statusCode()).isEqualTo(200);
		assertThat(financier.body()).contains("field-error", "U werkt namens Thuiszorg Noord");
		assertThat(essential.body()).contains("field-error", "onmisbaar");
		assertThat(volume.body()).contains("Opgeslagen");
		JsonNode stored = owner.api().get(location).json();
		assertThat(stored.at("/activities/0/financier").asString()).isEqualTo("verzekeraar");
		assertThat(stored.at("/parties/0").has("essential")).isFalse();
		assertThat(stored.at("/activities/0/future/volume").asDouble()).isEqualTo(7);
	}

	@Test
	void anAnswerIsSignedByTheServerWhateverTheWriterClaims() {
		Api.Response saved = put(thuiszorg, change("\"settlement\"", """
				"conversation": {"knelpunt.wat": [{"party": "thuiszorg", "text": "Wachtlijst", "by": "directeur-zorgkantoor",
				 "at": "2020-01-01T00:00:00Z"}]},
				"settlement\""""));

		assertThat(saved.status()).isEqualTo(200);
		JsonNode answer = owner.api().get(location).json().at("/conversation/knelpunt.wat/0");
		assertThat(answer.get("by").asString()).isEqualTo(thuiszorg.username());
		assertThat(answer.get("at").asString()).isNotEqualTo("2020-01-01T00:00:00Z").startsWith("20");
	}

	@Test
	void theAnswersANewCaseBringsAreSignedByItsCreator() {
		String forged = change("\"settlement\"", """
				"conversation": {"knelpunt.wat": [{"party": "verzekeraar", "text": "Geforceerd", "by": "%s",
				 "at": "2001-01-01T00:00:00Z"}]},
				"settlement\"""".formatted(thuiszorg.username()));
		String unknown = change("\"settlement\"", """
				"conversation": {"gokje": [{"party": "verzekeraar", "text": "Nee"}]},
				"settlement\"""");

		String created = editor.api().post("/api/v1/cases", forged).header("Location").orElseThrow();
		Api.Response refused = editor.api().post("/api/v1/cases", unknown);

		JsonNode answer = editor.api().get(created).json().at("/conversation/knelpunt.wat/0");
		assertThat(answer.get("by").asString()).isEqualTo(editor.username());
		assertThat(answer.get("at").asString()).isNotEqualTo("2001-01-01T00:00:00Z");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/path").asString()).isEqualTo("conversation.gokje");
	}

	@Test
	void anotherEditorCannotReplaceOrRemoveAnAnswerAndAPartyAnswersOnlyForItself() {
		String withAnswer = change("\"settlement\"", """
				"conversation": {"knelpunt.wat": [{"party": "thuiszorg", "text": "Wachtlijst"}]},
				"settlement\"""");
		assertThat(put(thuiszorg, withAnswer).status()).isEqualTo(200);
		String stored = owner.api().get(location).body();

		Api.Response replaced = put(editor, stored.replace("Wachtlijst", "Geen probleem"));
		Api.Response removed = put(editor, stored.replaceAll("\"knelpunt.wat\":\\[[^]]*]", "\"knelpunt.wat\":[]"));
		Api.Response forOther = put(thuiszorg, stored.replace("\"knelpunt.wat\":[", """
				"knelpunt.wat":[{"party": "verzekeraar", "text": "Namens de verzekeraar"},"""));

		assertThat(replaced.status()).isEqualTo(403);
		assertThat(replaced.json().get("errors").get(0).get("message").asString()).contains("van iemand anders");
		assertThat(removed.status()).isEqualTo(403);
		assertThat(forOther.status()).isEqualTo(403);
		assertThat(forOther.json().get("errors").get(0).get("path").asString())
				.isEqualTo("conversation.knelpunt.wat[0].party");
		assertThat(owner.api().get(location).body()).isEqualTo(stored);
		assertThat(put(owner, stored.replace("Wachtlijst", "Wachtlijst (aangevuld)")).status()).isEqualTo(200);
	}

	@Test
	void anAuthorRemovesTheirAnswerOnThePage() {
		BrowserSession browser = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		String page = location.replace("/api/v1", "");
		browser.get(page + "/gesprek");
		browser.post(page + "/gesprek", Map.of("question", "knelpunt.wat", "party", "thuiszorg", "text", "Wachtlijst"));
		BrowserSession other = new BrowserSession(port, editor.username(), PASSWORD, "nl-NL");

		String at = owner.api().get(location).json().at("/conversation/knelpunt.wat/0/at").asString();

		String othersView = other.get(page + "/gesprek").body();
		HttpResponse<String> othersTry = other.post(page + "/gesprek/knelpunt.wat/0/delete", Map.of("at", at));
		String authorsView = browser.get(page + "/gesprek").body();
		HttpResponse<String> stale = browser.post(page + "/gesprek/knelpunt.wat/0/delete", Map.of("at", "2020-01-01T00:00:00Z"));
		HttpResponse<String> removed = browser.post(page + "/gesprek/knelpunt.wat/0/delete", Map.of("at", at));

		assertThat(othersView).contains("Wachtlijst").doesNotContain("Ja, verwijder dit antwoord");
		assertThat(othersTry.statusCode()).isEqualTo(403);
		assertThat(authorsView).contains("Ja, verwijder dit antwoord");
		assertThat(stale.statusCode()).as("an answer that is no longer the one seen stays").isEqualTo(409);
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(owner.api().get(location).json().at("/conversation/knelpunt.wat").size()).isZero();
	}

	@Test
	void aCaseOfOthersLooksLikeACaseThatDoesNotExist() {
		User stranger = newUser("vreemde", "Andere gemeente");

		Api.Response existing = stranger.api().get(location);
		Api.Response missing = stranger.api().get("/api/v1/cases/" + UUID.randomUUID());

		assertThat(existing.status()).isEqualTo(404);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(existing.body()).isEqualTo(missing.body());
		assertThat(stranger.api().header("If-Match", "\"1\"").put(location, DOCUMENT).status()).isEqualTo(404);
	}
}
