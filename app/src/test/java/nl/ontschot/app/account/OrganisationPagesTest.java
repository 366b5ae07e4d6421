package nl.ontschot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.cases.BrowserSession;

/** Organisatie: the accounts of one's organisation in the browser, every problem beside its field. */
class OrganisationPagesTest extends OrganisationTestBase {

	@Test
	void anOrganisationAdministratorManagesAccountsOnThePage() {
		String organisation = organisation("Gemeente Noord");
		User administrator = orgAdmin("beheerder", organisation);
		User colleague = newUser("collega", organisation);
		String id = String.valueOf(organisationId(organisation));
		BrowserSession browser = new BrowserSession(port, administrator.username(), PASSWORD, "nl-NL");

		assertThat(browser.get("/cases").body()).contains("href=\"/organisatie\"");
		String page = browser.get("/organisatie").body();
		assertThat(page).contains("Accounts van de organisatie", organisation, colleague.username(),
				"Ja, schakel dit account uit").doesNotContain("name=\"organisatie\" id=\"organisation-choice\"");

		String created = username("nieuw");
		assertThat(browser.post("/organisatie/accounts", Map.of("organisatie", id, "username", created,
				"displayName", "Nieuw", "email", "nieuw@noord.example.nl", "password", PASSWORD)).headers()
				.firstValue("Location").orElseThrow()).endsWith("/organisatie?organisatie=" + id);
		assertThat(browser.get("/organisatie?organisatie=" + id).body()).contains("Account " + created + " is aangemaakt.",
				"nieuw@noord.example.nl");

		String duplicate = browser.post("/organisatie/accounts", Map.of("organisatie", id, "username",
				username("dubbel"), "displayName", "Dubbel", "email", "NIEUW@noord.example.nl", "password", PASSWORD))
				.body();
		assertThat(duplicate).contains("id=\"new-email-error\"", "Dit e-mailadres hoort al bij een ander account.",
				"value=\"NIEUW@noord.example.nl\"", "aria-invalid=\"true\"");

		browser.get("/organisatie");
		String lastAdmin = browser.post("/organisatie/accounts/" + administrator.username() + "/beheerder",
				Map.of("organisatie", id, "orgAdmin", "false")).body();
		assertThat(lastAdmin).contains("Een organisatie houdt minstens een actieve beheerder.");

		browser.get("/organisatie");
		assertThat(browser.post("/organisatie/accounts/" + colleague.username() + "/uitschakelen",
				Map.of("organisatie", id)).statusCode()).isEqualTo(302);
		assertThat(browser.get("/organisatie?organisatie=" + id).body()).contains(colleague.username() + " is uitgeschakeld.",
				"Weer inschakelen");
		assertThat(colleague.api().get("/api/v1/users/me").status()).isEqualTo(401);

		String mismatch = browser.post("/organisatie/accounts/" + created + "/wachtwoord", Map.of("organisatie", id,
				"newPassword", "een-nieuw-wachtwoord", "repeatPassword", "iets-anders-nog")).body();
		assertThat(mismatch).contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
	}

	@Test
	void onlyAdministratorsSeeThePageAndTheSystemAdministratorChoosesTheOrganisation() {
		String organisation = organisation("Zorgkantoor Midden");
		User plain = newUser("gewoon", organisation);
		User other = newUser("ander", organisation("Gemeente Zuid"));
		BrowserSession plainBrowser = new BrowserSession(port, plain.username(), PASSWORD, "nl-NL");

		assertThat(plainBrowser.get("/cases").body()).doesNotContain("href=\"/organisatie\"");
		HttpResponse<String> refused = plainBrowser.getHtml("/organisatie");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Alleen een beheerder van de organisatie beheert haar accounts.");

		User administrator = orgAdmin("beheerder", organisation);
		BrowserSession adminBrowser = new BrowserSession(port, administrator.username(), PASSWORD, "nl-NL");
		assertThat(adminBrowser.getHtml("/organisatie?organisatie=" + otherOrganisation(other)).statusCode())
				.isEqualTo(403);

		BrowserSession system = new BrowserSession(port, "admin", ADMIN_PASSWORD, "nl-NL");
		assertThat(system.getHtml("/organisatie?organisatie=" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
		String chosen = system.get("/organisatie?organisatie=" + organisationId(organisation)).body();
		assertThat(chosen).contains("id=\"organisation-choice\"", plain.username(), administrator.username())
				.doesNotContain(other.username());
	}

	@Test
	void theAccountPageShowsOnesEMailAddress() {
		String organisation = organisation("Welzijn");
		User user = newUser("welzijn", organisation);
		patch(admin(), "/api/v1/organisation/users/" + user.username() + "?organisation="
				+ organisationId(organisation), "{\"email\": \"" + user.username() + "@welzijn.example.nl\"}");

		String page = new BrowserSession(port, user.username(), PASSWORD, "nl-NL").get("/account").body();

		assertThat(page).contains("E-mailadres", user.username() + "@welzijn.example.nl");
	}

	private long otherOrganisation(User user) {
		String name = user.api().get("/api/v1/users/me").json().get("organisation").asString();
		return organisationId(name);
	}
}
