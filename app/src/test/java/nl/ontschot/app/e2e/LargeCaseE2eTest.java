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

/**
 * The 25-party case of the bench in Chromium: every step page opens without serious accessibility problems,
 * the activities are found with the search and filter, and a cell of the table saves itself.
 */
@Tag("e2e")
class LargeCaseE2eTest extends ApiTestBase {

	private static Browser browser;

	@BeforeAll
	static void chromium() {
		Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM),
				"Skipped: the browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)");
		browser = new Browser();
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void everyStepOfTheLargeCaseWorks() {
		String url = "http://localhost:" + port + admin().post("/api/v1/cases", nl.ontschot.engine.SharedFiles
				.read("bench/large-25-parties.json")).header("Location").orElseThrow().replace("/api/v1", "");
		Page page = browser.page("nl-NL");
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("Gebruikersnaam").fill("admin");
		page.getByLabel("Wachtwoord").fill(ADMIN_PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL("**/cases");

		for (String step : new String[] { "gesprek", "partijen", "kengetallen", "activiteiten", "overview",
				"diagrammen", "verdeling" }) {
			page.navigate(url + "/" + step);
			assertThat(page.locator("h1")).isVisible();
			assertThat(Browser.seriousViolations(page)).as(step).isEmpty();
			Browser.screenshot(page, "groot-" + step);
		}

		page.navigate(url + "/activiteiten");
		page.locator("#filter-party").selectOption("p03");
		assertThat(page.locator("#activities p[role=status]")).containsText("gevonden regels");
		page.locator("#filter-q").fill("zzz-niets");
		assertThat(page.locator("#activities p[role=status]")).containsText("Geen regels gevonden");
		page.locator("#filter-q").fill("");
		page.locator("#filter-party").selectOption("");
		assertThat(page.locator("#activities p[role=status]")).containsText("Regel 1 tot en met 25 van 400.");

		Locator volume = page.locator("#input-activities-3-future-volume");
		volume.fill("2");
		volume.press("Tab");
		assertThat(page.locator("#field-activities-3-future-volume .field-saved")).hasText("Opgeslagen");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/activiteiten.*"));
		Browser.screenshot(page, "groot-activiteiten-gefilterd");
	}
}
