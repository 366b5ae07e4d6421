package nl.ontschot.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;

import com.microsoft.playwright.Page;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;

/**
 * Every step of the instrument on the 25-party bench case, as a person opens it in Chromium: it loads, it
 * shows its title and the parties, and axe-core finds no serious violation.
 */
@Tag("e2e")
class LargeCaseE2eTest extends ApiTestBase {

	private static final String LAST_PARTY = Api.JSON.readTree(SharedFiles.read("bench/large-25-parties.json"))
			.at("/parties/24/name").asString();

	private static Browser browser;
	private static Page page;
	private static String caseUrl;

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

	private Page page() {
		if (page == null) {
			User user = newUser("groot", "Regio Groot");
			caseUrl = user.api().post("/api/v1/cases", SharedFiles.read("bench/large-25-parties.json"))
					.header("Location").orElseThrow().replace("/api/v1", "");
			page = browser.page("nl-NL");
			page.navigate("http://localhost:" + port + "/login");
			page.getByLabel("Gebruikersnaam").fill(user.username());
			page.getByLabel("Wachtwoord").fill(PASSWORD);
			page.locator("button[type=submit]").click();
			page.waitForURL("**/cases");
		}
		return page;
	}

	@ParameterizedTest
	@CsvSource({ "gesprek, Het goede gesprek", "partijen, Partijen", "kengetallen, Kengetallen",
			"activiteiten, Activiteiten en kostenposten", "overview, Overzicht", "diagrammen, Diagrammen",
			"verdeling, Verdeling en afspraken" })
	void everyStepOfThe25PartyCase(String step, String title) {
		Page p = page();

		p.navigate("http://localhost:" + port + caseUrl + "/" + step);

		assertThat(p.locator("h1")).hasText(title);
		assertThat(p.locator("main")).containsText(LAST_PARTY);
		assertThat(Browser.seriousViolations(p)).isEmpty();
		Browser.screenshot(p, "25-partijen-" + step);
	}
}
