package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/** An owner invites someone to a case by e-mail address, over the API and on the Partijen page. */
class InviteByEmailTest extends OrganisationTestBase {

	/** Gives the account an e-mail address, as the system administrator. */
	private String address(User user, String organisation) {
		String address = user.username() + "@thuiszorg.example.nl";
		Api.Response set = patch(admin(), "/api/v1/organisation/users/" + user.username() + "?organisation="
				+ organisationId(organisation), "{\"email\": \"" + address + "\"}");
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		return address;
	}

	@Test
	void anOwnerInvitesByEMailAddressWithARoleAndAParty() {
		String organisation = organisation("Thuiszorg Noord");
		User owner = newUser("eigenaar", organisation("Zorgverzekeraar Zuid"));
		User invited = newUser("genodigde", organisation);
		String address = address(invited, organisation);
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow();

		Api.Response added = owner.api().put(location + "/members/" + address.toUpperCase(),
				"{\"role\": \"EDITOR\", \"party\": \"thuiszorg\"}");

		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		assertThat(added.json().get("username").asString()).isEqualTo(invited.username());
		// the address is set by the invited person's organisation, not verified: the answer says which one
		assertThat(added.json().get("organisation").asString()).isEqualTo(organisation);
		JsonNode member = member(owner, location, invited.username());
		assertThat(member.get("role").asString()).isEqualTo("EDITOR");
		assertThat(member.get("party").asString()).isEqualTo("thuiszorg");
		assertThat(invited.api().get("/api/v1/cases").body()).contains(location.replace("/api/v1/cases/", ""));
	}

	@Test
	void anUnknownAddressIsAnsweredAsAnUnknownName() {
		User owner = newUser("eigenaar", organisation("Gemeente"));
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow();
		Api api = owner.api().header("Accept-Language", "nl");

		Api.Response unknownAddress = api.put(location + "/members/niemand@example.nl", "{\"role\": \"VIEWER\"}");
		Api.Response unknownName = api.put(location + "/members/niemand", "{\"role\": \"VIEWER\"}");

		assertThat(unknownAddress.status()).isEqualTo(404);
		assertThat(unknownName.status()).isEqualTo(404);
		assertThat(error(unknownAddress)).isEqualTo(": Er is geen account niemand@example.nl.");
		assertThat(error(unknownName)).isEqualTo(": Er is geen account niemand.");
	}

	@Test
	void aWrongPartyOrRoleIsAnsweredAlikeForAnAccountThatExistsAndOneThatDoesNot() {
		User owner = newUser("eigenaar", organisation("Gemeente"));
		User existing = newUser("bestaand", organisation("Thuiszorg"));
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow();
		Api api = owner.api().header("Accept-Language", "nl");

		for (String body : new String[] { "{\"role\": \"EDITOR\", \"party\": \"geen-partij\"}",
				"{\"role\": \"VIEWER\", \"party\": \"thuiszorg\"}", "{\"party\": \"thuiszorg\"}" }) {
			Api.Response known = api.put(location + "/members/" + existing.username(), body);
			Api.Response unknown = api.put(location + "/members/" + username("niemand"), body);

			assertThat(known.status()).as(body).isEqualTo(400);
			assertThat(unknown.status()).as(body).isEqualTo(400);
			assertThat(error(unknown)).as(body).isEqualTo(error(known));
		}
	}

	@Test
	void aDisabledAccountIsNotFoundByItsAddress() {
		String organisation = organisation("Thuiszorg");
		User owner = newUser("eigenaar", organisation("Gemeente"));
		User gone = newUser("vertrokken", organisation);
		String address = address(gone, organisation);
		patch(admin(), "/api/v1/organisation/users/" + gone.username() + "?organisation="
				+ organisationId(organisation), "{\"disabled\": true}");
		String location = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow();

		assertThat(owner.api().put(location + "/members/" + address, "{\"role\": \"VIEWER\"}").status())
				.isEqualTo(404);
	}

	@Test
	void thePartiesPageAddsAMemberByEMailAddress() {
		String organisation = organisation("Thuiszorg Noord");
		User owner = newUser("eigenaar", organisation("Zorgverzekeraar Zuid"));
		User invited = newUser("genodigde", organisation);
		String address = address(invited, organisation);
		String page = owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json"))
				.header("Location").orElseThrow().replace("/api/v1", "");
		BrowserSession browser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");

		assertThat(browser.get(page + "/partijen").body()).contains("Accountnaam of e-mailadres",
				"name=\"account\"");
		HttpResponse<String> added = browser.post(page + "/members",
				Map.of("account", address, "role", "EDITOR", "party", "thuiszorg"));

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(browser.get(page + "/partijen").body()).contains(invited.username() + ")</span>",
				"<td>Thuiszorg Noord</td>",
				"genodigde (" + organisation + ") werkt mee als bewerker voor Thuiszorg Noord.");
		assertThat(member(owner, "/api/v1" + page, invited.username()).get("role").asString()).isEqualTo("EDITOR");

		HttpResponse<String> unknown = browser.post(page + "/members",
				Map.of("account", "niemand@nergens.nl", "role", "EDITOR", "party", "thuiszorg"));
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(browser.get(page + "/partijen").body()).contains("id=\"member-account-error\"",
				"Er is geen account niemand@nergens.nl.", "value=\"niemand@nergens.nl\"", "aria-invalid=\"true\"")
				// what was chosen stays chosen, so that a second click does not add someone unbound
				.containsPattern("<option value=\"thuiszorg\"\\s+selected=\"selected\"");
	}

	private static JsonNode member(User owner, String location, String username) {
		for (JsonNode member : owner.api().get(location + "/members").json()) {
			if (member.get("username").asString().equals(username)) {
				return member;
			}
		}
		throw new AssertionError("No member " + username);
	}
}
