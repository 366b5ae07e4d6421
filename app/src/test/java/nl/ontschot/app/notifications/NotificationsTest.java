package nl.ontschot.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.ontschot.app.ApiTestBase;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/**
 * Each person's notifications over HTTP: a mention reaches the member mentioned, a version signed by every
 * party reaches every member, being added reaches the new member; a role changed, a signing not yet complete
 * or a case one was removed from tells nothing; the page reads them and the bell counts them.
 */
class NotificationsTest extends ApiTestBase {

	private static final String CASE_NAME = "Druppelbril in thuiszorg en verpleeghuis";

	private User owner;
	private String location;
	private String page;

	@BeforeEach
	void aCase() {
		owner = newUser("eigenaar", "Zorgverzekeraar Zuid");
		location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json")).header("Location")
				.orElseThrow();
		page = location.replace("/api/v1", "");
	}

	private User member(String prefix, String body) {
		User user = newUser(prefix, "Organisatie " + prefix);
		assertThat(owner.api().put(location + "/members/" + user.username(), body).status()).isEqualTo(200);
		return user;
	}

	private static List<JsonNode> notifications(User user) {
		List<JsonNode> all = new ArrayList<>();
		user.api().get("/api/v1/notifications").json().forEach(all::add);
		return all;
	}

	private static List<String> kinds(User user) {
		return notifications(user).stream().map(n -> n.get("kind").asString()).toList();
	}

	@Test
	void aMentionNotifiesTheMemberMentionedAndNobodyElse() {
		User thuiszorg = member("thuiszorg", "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		User viewer = member("kijker", "{\"role\": \"VIEWER\"}");
		long thread = owner.api().post(location + "/comments", "{\"text\": \"Klopt het tarief? @"
				+ thuiszorg.username() + " @" + thuiszorg.username() + " @" + owner.username() + "\"}").json()
				.get("id").asLong();

		// once per comment, however often the name is in it; the writer is not told of their own mention
		assertThat(kinds(thuiszorg)).containsExactly("MENTION", "ADDED");
		JsonNode mention = notifications(thuiszorg).get(0);
		assertThat(mention.get("caseId").asString()).isEqualTo(page.substring(page.lastIndexOf('/') + 1));
		assertThat(mention.get("caseName").asString()).isEqualTo(CASE_NAME);
		assertThat(mention.get("link").asString()).isEqualTo(page + "/opmerkingen#thread-" + thread);
		assertThat(mention.get("actor").asString()).isEqualTo("eigenaar");
		assertThat(mention.get("actorOrganisation").asString()).isEqualTo("Zorgverzekeraar Zuid");
		assertThat(mention.get("text").asString()).startsWith("Klopt het tarief?");
		assertThat(mention.get("at").asString()).isNotEmpty();
		assertThat(kinds(viewer)).containsExactly("ADDED");
		assertThat(kinds(owner)).isEmpty();

		// an answer that mentions someone tells them, and leads to the thread it is in
		viewer.api().post(location + "/comments/" + thread + "/replies", "{\"text\": \"Ja. @" + owner.username() + "\"}");
		assertThat(notifications(owner)).singleElement().satisfies(n -> {
			assertThat(n.get("kind").asString()).isEqualTo("MENTION");
			assertThat(n.get("link").asString()).endsWith("#thread-" + thread);
			assertThat(n.get("actor").asString()).isEqualTo("kijker");
		});
	}

	@Test
	void aSigningNotifiesEveryMemberOnceEveryPartySignedAndNotBefore() {
		Map<String, User> signatories = new LinkedHashMap<>();
		for (String party : new String[] { "thuiszorg", "verzekeraar", "verpleeghuis", "zorgkantoor" }) {
			signatories.put(party, member(party, "{\"role\": \"EDITOR\", \"party\": \"" + party + "\"}"));
		}
		User viewer = member("kijker", "{\"role\": \"VIEWER\"}");
		signatories.forEach((party, user) -> assertThat(user.api().post(location + "/approvals",
				"{\"party\": \"" + party + "\"}").status()).isEqualTo(200));
		assertThat(owner.api().post(location + "/signoff", "").status()).isEqualTo(200);

		List<String> parties = new ArrayList<>(signatories.keySet());
		for (String party : parties.subList(0, 3)) {
			assertThat(sign(signatories.get(party), party)).isEqualTo(200);
		}
		List<User> everyone = new ArrayList<>(signatories.values());
		everyone.add(viewer);
		everyone.add(owner);
		everyone.forEach(user -> assertThat(kinds(user)).doesNotContain("SIGNED"));

		assertThat(sign(signatories.get("zorgkantoor"), "zorgkantoor")).isEqualTo(200);
		for (User user : everyone) {
			List<JsonNode> signed = notifications(user).stream().filter(n -> n.get("kind").asString().equals("SIGNED"))
					.toList();
			assertThat(signed).as(user.username()).singleElement().satisfies(n -> {
				assertThat(n.get("version").asInt()).isEqualTo(1);
				assertThat(n.get("link").asString()).isEqualTo(page + "/ondertekening");
			});
		}
		assertThat(new BrowserSession(port, viewer.username(), PASSWORD, "nl-NL").get("/meldingen").body())
				.contains("Versie 1 van casus " + CASE_NAME + " is door alle partijen ondertekend",
						"href=\"" + page + "/ondertekening\"");
	}

	private int sign(User user, String party) {
		return user.api().post(location + "/signoff/signatures",
				"{\"party\": \"" + party + "\", \"name\": \"Tekenaar\", \"function\": \"directeur\"}").status();
	}

	@Test
	void addingAMemberNotifiesThemAndChangingTheirRoleDoesNot() {
		User added = member("nieuw", "{\"role\": \"VIEWER\"}");
		assertThat(notifications(added)).singleElement().satisfies(n -> {
			assertThat(n.get("kind").asString()).isEqualTo("ADDED");
			assertThat(n.get("actor").asString()).isEqualTo("eigenaar");
			assertThat(n.get("link").asString()).isEqualTo(page);
		});

		assertThat(owner.api().put(location + "/members/" + added.username(), "{\"role\": \"EDITOR\"}").status())
				.isEqualTo(200);
		assertThat(kinds(added)).containsExactly("ADDED");
		assertThat(kinds(owner)).isEmpty();
		assertThat(new BrowserSession(port, added.username(), PASSWORD, "en-GB").get("/meldingen").body())
				.contains("eigenaar (Zorgverzekeraar Zuid) added you to case " + CASE_NAME);
	}

	@Test
	void someoneRemovedFromACaseNoLongerSeesItsNotifications() {
		User removed = member("weg", "{\"role\": \"EDITOR\"}");
		owner.api().post(location + "/comments", "{\"text\": \"Zie je dit, @" + removed.username() + "?\"}");
		BrowserSession browser = new BrowserSession(port, removed.username(), PASSWORD, "nl-NL");
		assertThat(browser.get("/meldingen/teller").body()).contains(">2<");

		assertThat(owner.api().delete(location + "/members/" + removed.username()).status()).isEqualTo(204);
		assertThat(notifications(removed)).isEmpty();
		assertThat(browser.get("/meldingen/teller").body()).doesNotContain("badge");
		assertThat(browser.get("/meldingen").body()).contains("Geen nieuwe meldingen.").doesNotContain(CASE_NAME);
	}

	@Test
	void thePageReadsTheNotificationsAndTheBellCountsThem() {
		User thuiszorg = member("thuiszorg", "{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");
		owner.api().post(location + "/comments", "{\"text\": \"<b>graag</b> kijken @" + thuiszorg.username() + "\"}");
		BrowserSession browser = new BrowserSession(port, thuiszorg.username(), PASSWORD, "nl-NL");
		assertThat(browser.get("/meldingen/teller").body()).contains("Meldingen", "class=\"badge\">2<");

		String list = browser.get("/meldingen").body();
		assertThat(list).contains("eigenaar (Zorgverzekeraar Zuid) noemde u in casus " + CASE_NAME,
				"eigenaar (Zorgverzekeraar Zuid) voegde u toe aan casus " + CASE_NAME, "&lt;b&gt;graag&lt;/b&gt; kijken",
				"href=\"" + page + "\"").doesNotContain("<b>graag");
		assertThat(list.indexOf("noemde u")).isLessThan(list.indexOf("voegde u toe"));

		// seen, so read: the bell has no number, the page and the API have nothing new
		assertThat(browser.get("/meldingen/teller").body()).contains("Meldingen").doesNotContain("badge");
		assertThat(browser.get("/meldingen").body()).contains("Geen nieuwe meldingen.");
		assertThat(notifications(thuiszorg)).isEmpty();

		// what comes after is new again; reading over the API does not read it
		owner.api().post(location + "/comments", "{\"text\": \"Nog iets, @" + thuiszorg.username() + "\"}");
		assertThat(notifications(thuiszorg)).hasSize(1);
		assertThat(browser.get("/meldingen/teller").body()).contains(">1<");
	}
}
