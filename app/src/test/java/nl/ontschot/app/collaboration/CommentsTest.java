package nl.ontschot.app.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.app.collaboration.internal.Comments;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * Comments at the table: a thread on a line with author, organisation and date, answers, a mention that
 * reaches a member's notifications (and nobody else's), resolving by the author or the owner only; the API and
 * the page alike.
 */
class CommentsTest extends ApiTestBase {

	private User owner;
	private User thuiszorg;
	private User viewer;
	private String location;

	@BeforeEach
	void aCaseWithThreeMembers() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		thuiszorg = newUser("thuiszorg", "Thuiszorg Noord");
		viewer = newUser("kijker", "Gemeente Noord");
		location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json")).header("Location")
				.orElseThrow();
		owner.api().put(location + "/members/" + thuiszorg.username(), "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		owner.api().put(location + "/members/" + viewer.username(), "{\"role\": \"VIEWER\"}");
	}

	@Test
	void aThreadOnALineWithAnswersAMentionAndResolving() {
		User stranger = newUser("vreemde", "Woningcorporatie Oost");
		JsonNode thread = owner.api().post(location + "/comments", "{\"target\": \"activities.druppelen-thuis\", "
				+ "\"text\": \"Klopt het tarief? @" + thuiszorg.username() + " en @" + stranger.username() + "\"}").json();
		assertThat(thread.get("targetName").asString()).isEqualTo("Hulp bij oogdruppelen thuis");
		assertThat(thread.get("open").asBoolean()).isTrue();
		assertThat(thread.get("comments").get(0).get("organisation").asString()).isEqualTo("Zorgverzekeraar Zuid");
		long id = thread.get("id").asLong();

		// the member mentioned is told; a stranger named in the text is not (and learns nothing of the case)
		assertThat(thuiszorg.api().get("/api/v1/notifications").json().get(0).get("text").asString())
				.contains("Klopt het tarief?");
		assertThat(stranger.api().get("/api/v1/notifications").json()).isEmpty();
		assertThat(stranger.api().get(location + "/comments").status()).isEqualTo(404);

		// a viewer answers too; only the author or the owner resolves
		assertThat(viewer.api().post(location + "/comments/" + id + "/replies", "{\"text\": \"Ja, 78,50\"}").status())
				.isEqualTo(200);
		assertThat(thuiszorg.api().post(location + "/comments/" + id + "/resolve", "").status()).isEqualTo(403);
		JsonNode resolved = owner.api().post(location + "/comments/" + id + "/resolve", "").json();
		assertThat(resolved.get("open").asBoolean()).isFalse();
		assertThat(resolved.get("comments")).hasSize(2);

		assertThat(owner.api().post(location + "/comments", "{\"target\": \"activities.nergens\", \"text\": \"x\"}")
				.status()).isEqualTo(400);
		assertThat(owner.api().post(location + "/comments", "{\"text\": \"\"}").status()).isEqualTo(400);
		assertThat(owner.api().post(location + "/comments", "{\"text\": \"" + "x".repeat(4001) + "\"}").status())
				.isEqualTo(400);
	}

	@Test
	void thePageShowsTheThreadsAndTheBellCountsTheMentions() {
		String page = location.replace("/api/v1", "") + "/opmerkingen";
		BrowserSession ownerBrowser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		assertThat(ownerBrowser.get(page).body()).contains("Nieuwe opmerking", "activiteit Hulp bij oogdruppelen thuis");
		ownerBrowser.post(page, Map.of("target", "parties.thuiszorg", "text",
				"<script>alert(1)</script> graag kijken @" + thuiszorg.username()));

		BrowserSession browser = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		String threads = browser.get(page).body();
		assertThat(threads).contains("partij Thuiszorg Noord", "&lt;script&gt;", "(Zorgverzekeraar Zuid)", "open")
				.doesNotContain("<script>alert(1)</script>");
		assertThat(browser.get(location.replace("/api/v1", "") + "/goedkeuringen").body()).contains("1 open opmerking<");
		// added to the case, and mentioned
		assertThat(browser.get("/meldingen/teller").body()).contains("Meldingen", ">2<");
		assertThat(browser.get("/meldingen").body()).contains("noemde u in casus", "graag kijken");
		// seen, so read
		assertThat(browser.get("/meldingen/teller").body()).doesNotContain("badge");
	}
}
