package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.cases.BrowserSession;
import nl.ontschot.engine.SharedFiles;

/**
 * A case keeps an owner who can act: a disabled owner cannot log in, so the only active owner of a case is not
 * disabled, and the last active owner does not step down.
 */
class ActiveOwnerTest extends OrganisationTestBase {

	private static final String USERS = "/api/v1/organisation/users";

	private static String newCase(User owner) {
		return owner.api().post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json")).header("Location")
				.orElseThrow();
	}

	@Test
	void theOnlyActiveOwnerOfACaseIsNotDisabled() {
		String organisation = organisation("Gemeente Oost");
		User administrator = orgAdmin("beheerder", organisation);
		User owner = newUser("eigenaar", organisation);
		User coOwner = newUser("mede-eigenaar", organisation);
		Api api = administrator.api().header("Accept-Language", "nl");
		String first = newCase(owner);
		newCase(owner);
		assertThat(owner.api().put(first + "/members/" + coOwner.username(), "{\"role\": \"OWNER\"}").status())
				.isEqualTo(200);

		Api.Response refused = patch(api, USERS + "/" + owner.username(), "{\"disabled\": true}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(error(refused)).isEqualTo("disabled: " + owner.username()
				+ " is de enige eigenaar van een casus; maak eerst iemand anders eigenaar.");
		assertThat(owner.api().get("/api/v1/users/me").status()).isEqualTo(200);

		// a co-owner who is not the only owner of any case may go; after that, the first owner owns both alone
		assertThat(patch(api, USERS + "/" + coOwner.username(), "{\"disabled\": true}").status()).isEqualTo(200);
		assertThat(error(patch(api, USERS + "/" + owner.username(), "{\"disabled\": true}"))).isEqualTo("disabled: "
				+ owner.username() + " is de enige eigenaar van 2 casussen; maak eerst iemand anders eigenaar.");

		// the organisation page says it beside the action, not on an error page
		BrowserSession browser = new BrowserSession(port, administrator.username(), PASSWORD, "nl-NL");
		String id = String.valueOf(organisationId(organisation));
		browser.get("/organisatie");
		String page = browser.post("/organisatie/accounts/" + owner.username() + "/uitschakelen",
				Map.of("organisatie", id)).body();
		assertThat(page).contains("Accounts van de organisatie", "class=\"field-error\"",
				owner.username() + " is de enige eigenaar van 2 casussen; maak eerst iemand anders eigenaar.");
		assertThat(owner.api().get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void theLastActiveOwnerDoesNotStepDownWhileADisabledOwnerMayBeRemoved() {
		String organisation = organisation("Zorgverzekeraar");
		User owner = newUser("eigenaar", organisation);
		User coOwner = newUser("mede-eigenaar", organisation);
		String location = newCase(owner);
		Api api = owner.api().header("Accept-Language", "nl");
		assertThat(api.put(location + "/members/" + coOwner.username(), "{\"role\": \"OWNER\"}").status())
				.isEqualTo(200);
		assertThat(patch(admin(), USERS + "/" + coOwner.username() + "?organisation=" + organisationId(organisation),
				"{\"disabled\": true}").status()).isEqualTo(200);

		Api.Response stepDown = api.put(location + "/members/" + owner.username(), "{\"role\": \"EDITOR\"}");
		Api.Response leave = api.delete(location + "/members/" + owner.username());

		assertThat(stepDown.status()).isEqualTo(409);
		assertThat(error(stepDown)).isEqualTo(": Een casus houdt minstens een eigenaar die niet is uitgeschakeld.");
		assertThat(leave.status()).isEqualTo(409);
		// the owner sees why: the other owner's account is marked on the Partijen page and in the API
		BrowserSession browser = new BrowserSession(port, owner.username(), PASSWORD, "nl-NL");
		assertThat(browser.get(location.replace("/api/v1", "") + "/partijen").body())
				.containsPattern(coOwner.username() + "\\)</span>\\s*<span class=\"badge muted\">account uitgeschakeld</span>");
		assertThat(api.get(location + "/members").body()).contains("\"disabled\":true");
		// a disabled member is still the owner's to change: it is in the member list, not looked up
		assertThat(api.put(location + "/members/" + coOwner.username(), "{\"role\": \"VIEWER\"}").status())
				.isEqualTo(200);
		assertThat(api.delete(location + "/members/" + coOwner.username()).status()).isEqualTo(204);
	}
}
