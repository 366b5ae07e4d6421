package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;

/**
 * The administrator of an organisation manages its accounts in the browser: creates one, makes it
 * administrator too, and disables a colleague who left, after confirming; the colleague can no longer log in.
 */
class OrganisationE2eTest extends BrowserTestBase {

	@Test
	void anOrganisationAdministratorCreatesAnAccountAndDisablesOneThatLeft() {
		String organisation = "Gemeente Oost " + UUID.randomUUID().toString().substring(0, 8);
		User beheerder = newUser("beheerder", organisation);
		User vertrokken = newUser("vertrokken", organisation);
		long id = 0;
		for (JsonNode o : admin().get("/api/v1/organisations").json()) {
			if (o.get("name").asString().equals(organisation)) {
				id = o.get("id").asLong();
			}
		}
		assertThat(admin().send("PATCH", "/api/v1/organisation/users/" + beheerder.username() + "?organisation=" + id,
				"application/json", "{\"orgAdmin\": true}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
		String nieuw = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);

		Page page = loggedIn(beheerder.username(), PASSWORD, "nl-NL");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisatie").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Accounts van de organisatie");
		page.locator("#new-username").fill(nieuw);
		page.locator("#new-name").fill("Nieuwe Collega");
		page.locator("#new-email").fill(nieuw + "@gemeente-oost.nl");
		page.locator("#new-password").fill("Een-goed-wachtwoord-1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
		assertThat(page.locator(".message.notice")).hasText("Account " + nieuw + " is aangemaakt.");
		Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(nieuw));
		assertThat(row).containsText(nieuw + "@gemeente-oost.nl");

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Maak beheerder: " + nieuw)).click();
		assertThat(page.locator(".message.notice")).hasText(nieuw + " is nu beheerder van de organisatie.");

		Locator leaver = page.locator("tbody tr", new Page.LocatorOptions().setHasText(vertrokken.username()));
		leaver.getByText("Uitschakelen").click();
		leaver.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, schakel dit account uit"))
				.click();
		assertThat(page.locator(".message.notice")).hasText(vertrokken.username() + " is uitgeschakeld.");
		assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(vertrokken.username())))
				.containsText("uitgeschakeld");
		assertThat(Browser.seriousViolations(page)).isEmpty();
		Browser.screenshot(page, "organisatie");

		Page gone = browser.page("nl-NL");
		gone.navigate("http://localhost:" + port + "/login");
		gone.getByLabel("Gebruikersnaam").fill(vertrokken.username());
		gone.getByLabel("Wachtwoord").fill(PASSWORD);
		gone.locator("button[type=submit]").click();
		assertThat(gone).hasURL(Pattern.compile(".*/login.*"));
	}
}
