package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.ontschot.app.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * Two people in two browsers save different fields of one case at the same moment: both edits are stored,
 * round after round, and each sees "Opgeslagen" beside its own field.
 */
@Tag("e2e")
class ConcurrentEditsE2eTest extends ApiTestBase {

	private static final int ROUNDS = 30;
	private static Browser browser;

	@BeforeAll
	static void chromium() {
		Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM),
				"Skipped: the browser tests need Debian's Chromium at /usr/bin/chromium; .ci/run installs it");
		browser = new Browser();
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	private Page loggedIn(String username, String password) {
		Page page = browser.page("nl-NL");
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(password);
		page.locator("button[type=submit]").click();
		page.waitForURL("**/cases");
		return page;
	}

	@Test
	void twoPeopleSavingDifferentFieldsAtOnceBothLand() {
		User first = newUser("eerste", "Thuiszorg Noord");
		User second = newUser("tweede", "Zorgverzekeraar Zuid");
		String location = first.api().post("/api/v1/cases?template=druppelbril", "").header("Location").orElseThrow();
		first.api().put(location + "/members/" + second.username(), "{\"role\": \"EDITOR\"}");
		String page = "http://localhost:" + port + location.replace("/api/v1", "") + "/kengetallen";
		Page a = loggedIn(first.username(), PASSWORD);
		Page b = loggedIn(second.username(), PASSWORD);
		a.navigate(page);
		b.navigate(page);

		for (int round = 1; round <= ROUNDS; round++) {
			a.evaluate("document.querySelectorAll('.field-saved').forEach(e => e.remove())");
			b.evaluate("document.querySelectorAll('.field-saved').forEach(e => e.remove())");
			Locator population = a.locator("#input-targetGroups-0-population");
			Locator other = b.locator("#input-targetGroups-1-population");
			population.fill(String.valueOf(150 + round));
			other.fill(String.valueOf(80 + round));
			// both changes leave their browser before either answer has come back
			population.dispatchEvent("change");
			other.dispatchEvent("change");

			assertThat(a.locator("#field-targetGroups-0-population .field-saved")).hasText("Opgeslagen");
			assertThat(b.locator("#field-targetGroups-1-population .field-saved")).hasText("Opgeslagen");
			JsonNode stored = first.api().get(location).json();
			assertThat(stored.at("/targetGroups/0/population").asInt()).as("round " + round).isEqualTo(150 + round);
			assertThat(stored.at("/targetGroups/1/population").asInt()).as("round " + round).isEqualTo(80 + round);
		}
		Browser.screenshot(b, "gelijktijdig-opgeslagen");
	}
}
