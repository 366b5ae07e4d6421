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

	private String largeCase() {
		return "http://localhost:" + port + admin().post("/api/v1/cases", nl.ontschot.engine.SharedFiles
				.read("bench/large-25-parties.json")).header("Location").orElseThrow().replace("/api/v1", "");
	}

	private Page loggedIn() {
		Page page = browser.page("nl-NL");
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("Gebruikersnaam").fill("admin");
		page.getByLabel("Wachtwoord").fill(ADMIN_PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL("**/cases");
		return page;
	}

	@Test
	void theChosenMethodIsWhollyInViewOnALaptopAndOnPaper() {
		String url = largeCase();
		Page page = loggedIn();
		page.setViewportSize(1366, 768);
		page.navigate(url + "/verdeling");

		Locator chosen = page.locator("table.comparison thead th.chosen");
		Locator lastColumn = page.locator("table.comparison thead th").last();
		double cardRight = ((Number) page.locator("table.comparison").evaluate(
				"t => t.closest('.card').getBoundingClientRect().right")).doubleValue();
		assertThat(chosen).containsText("gekozen");
		assertThat(lastColumn.boundingBox().x + lastColumn.boundingBox().width).isLessThanOrEqualTo(cardRight);

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(chosen).isVisible();
		assertThat((Boolean) page.locator("table.comparison").evaluate(
				"t => t.closest('.table-scroll').scrollWidth <= t.closest('.table-scroll').clientWidth + 1")).isTrue();
		Browser.screenshot(page, "groot-verdeling-afdruk");
	}

	@Test
	void everyStepOfTheLargeCaseWorks() {
		String url = largeCase();
		Page page = loggedIn();

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

		java.util.List<String> asked = new java.util.ArrayList<>();
		page.onDialog(dialog -> {
			asked.add(dialog.message());
			dialog.accept();
		});
		page.locator("#items tr.more summary").first().click();
		page.locator("#items tr.more").first().getByText("Deze post verwijderen").click();
		assertThat(page.locator("#items p[role=status]")).containsText("van 599.");
		assertThat(asked).singleElement().asString().startsWith("Deze post verwijderen (");
	}
}
